package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimline.search.SearchHit;
import org.claimline.search.WorkspaceIndexer;
import org.claimline.storage.JsonLines;
import org.claimline.workspace.Progress;

/** {@code search DIR QUERY [--json] [--limit N]}: brings the folder's index up to date, then searches it. */
final class SearchCommand implements CliCommand {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "DIR QUERY [--json]       search a folder's articles, claims and notes";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.flag("one JSON object per hit", "--json"),
            Args.Option.valued("N", "at most N hits (default 50)", "--limit"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR QUERY [--json] [--limit N]", OPTIONS));
            return 0;
        }
        boolean json = parsed.flag("--json");
        int limit = parsed.intValue("--limit", 50, 1);
        List<String> rest = parsed.positional(2, name(), "a workspace folder and what to look for: DIR QUERY");
        Path dir = WorkspaceWiring.folder(rest.get(0));
        try (WorkspaceIndexer ix = WorkspaceWiring.indexer(dir)) {
            ix.update(Progress.NONE);
            List<SearchHit> hits = ix.index().search(rest.get(1), limit);
            for (SearchHit h : hits) {
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("path", h.rel());
                    o.put("title", h.title());
                    if (h.claimId() != null) {
                        o.put("claim", h.claimId());
                    }
                    o.put("offset", h.offset());
                    o.put("snippet", h.snippet());
                    o.put("marks", h.marks());
                    out.println(JsonLines.line(o));
                } else {
                    out.println(h.rel() + (h.claimId() == null ? "" : " (claim)") + ": " + h.marked("[", "]"));
                }
            }
            if (!json && hits.isEmpty()) {
                err.println("no matches for " + rest.get(1));
            }
        }
        return 0;
    }
}
