package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        boolean json = false;
        int limit = 50;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--json" -> json = true;
                case "--limit" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("\\d{1,6}")) {
                        err.println("claimline search: --limit needs a number");
                        return 2;
                    }
                    limit = Integer.parseInt(args.get(++i));
                }
                default -> rest.add(args.get(i));
            }
        }
        if (rest.size() != 2) {
            err.println("usage: claimline search DIR QUERY [--json] [--limit N]");
            return 2;
        }
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
