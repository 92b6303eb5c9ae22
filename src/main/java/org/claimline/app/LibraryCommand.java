package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimline.storage.JsonLines;
import org.claimline.workspace.ArticleInfo;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.WorkspaceLibrary;
import org.claimline.workspace.WorkspaceScanner;

/** {@code library DIR [--json]}: one line (or JSON object) per article of a workspace folder. */
final class LibraryCommand implements CliCommand {
    @Override
    public String name() {
        return "library";
    }

    @Override
    public String summary() {
        return "DIR [--json]             list a folder's articles: title, outlet, date, claims, status";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.flag("one JSON object per article instead of tab-separated lines", "--json"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR [--json]", OPTIONS));
            return 0;
        }
        boolean json = parsed.flag("--json");
        List<String> rest = parsed.positional(1, name(), "one workspace folder: DIR");
        Path dir = WorkspaceWiring.folder(rest.get(0));
        WorkspaceLibrary.Snapshot s = WorkspaceWiring.library(dir).refresh(Progress.NONE);
        Map<String, ReadingStatus> statuses = WorkspaceWiring.statusesOrNone(dir, err);
        for (ArticleInfo a : s.articles()) {
            ReadingStatus st = statuses.getOrDefault(a.rel(), ReadingStatus.TO_READ);
            String problem = a.problem() != null ? a.problem() : a.sidecarProblem();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("path", a.rel());
                o.put("title", a.title());
                o.put("outlet", a.outlet());
                o.put("byline", a.byline());
                o.put("date", a.published());
                o.put("claims", a.claims());
                o.put("issues", a.issueCounts());
                o.put("status", st.id());
                if (problem != null) {
                    o.put("problem", problem);
                }
                out.println(JsonLines.line(o));
            } else {
                out.println(String.join("\t", a.rel(), a.displayTitle(), nz(a.outlet()), nz(a.published()),
                        Integer.toString(a.claims()), st.label()) + (problem == null ? "" : "\t" + problem));
            }
        }
        for (WorkspaceScanner.Skipped k : s.skipped()) {
            err.println("skipped " + k.rel() + ": " + k.reason());
        }
        return 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
