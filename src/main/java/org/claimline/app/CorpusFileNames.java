package org.claimline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a corpus export of one file per article puts each article's file: under the output folder, in the
 * article's folder relative to the exported folder (so {@code a/same.txt} and {@code b/same.txt} stay apart),
 * named after the article without its extension ({@code op-ed.html} → {@code op-ed.html} for HTML, not
 * {@code op-ed.html.html}); two articles of one folder with the same stem keep their whole names.
 */
final class CorpusFileNames {
    private CorpusFileNames() {
    }

    static List<Path> outputs(List<ExportService.Target> targets, Path outDir, String extension) {
        Map<Path, Integer> stems = new HashMap<>();
        List<Path> relative = new ArrayList<>();
        for (ExportService.Target t : targets) {
            Path rel = Path.of(t.displayName()).normalize();
            if (rel.isAbsolute() || rel.startsWith("..")) {
                rel = t.article().getFileName();
            }
            relative.add(rel);
            stems.merge(withName(rel, stem(rel.getFileName().toString())), 1, Integer::sum);
        }
        List<Path> out = new ArrayList<>();
        Map<Path, Integer> taken = new HashMap<>();
        for (Path rel : relative) {
            String name = rel.getFileName().toString();
            Path byStem = withName(rel, stem(name));
            String base = stems.get(byStem) > 1 ? name : stem(name);
            Path candidate = withName(rel, base + "." + extension);
            int n = taken.merge(candidate, 1, Integer::sum);
            if (n > 1) {
                candidate = withName(rel, base + "-" + n + "." + extension);
            }
            out.add(outDir.resolve(candidate.toString()));
        }
        return out;
    }

    private static Path withName(Path rel, String name) {
        return rel.getParent() == null ? Path.of(name) : rel.getParent().resolve(name);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
