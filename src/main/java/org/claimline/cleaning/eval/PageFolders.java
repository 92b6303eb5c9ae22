package org.claimline.cleaning.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the page folders of a corpus: folders holding a {@code source.txt} or {@code source.html}. */
public final class PageFolders {
    public static final String SOURCE_TXT = "source.txt";
    public static final String SOURCE_HTML = "source.html";
    public static final String EXPECTED = "expected.txt";
    public static final String METADATA = "expected-metadata.json";

    private PageFolders() {
    }

    /** Page folders under {@code dir} in name order; a corpus root of several sets is searched one level deeper. */
    public static List<Path> find(Path dir) throws IOException {
        List<Path> pages = new ArrayList<>();
        collect(dir, pages, 2);
        return pages;
    }

    private static void collect(Path dir, List<Path> pages, int depth) throws IOException {
        if (isPage(dir)) {
            pages.add(dir);
            return;
        }
        if (depth == 0) {
            return;
        }
        List<Path> subs;
        try (Stream<Path> s = Files.list(dir)) {
            subs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path sub : subs) {
            collect(sub, pages, depth - 1);
        }
    }

    static boolean isPage(Path dir) {
        return Files.isRegularFile(dir.resolve(SOURCE_TXT)) || Files.isRegularFile(dir.resolve(SOURCE_HTML));
    }
}
