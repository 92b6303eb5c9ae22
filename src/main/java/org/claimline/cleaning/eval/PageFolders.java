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

    /**
     * The sets under {@code dir}, by name, each with its page folders: {@code dir} itself when it holds page folders
     * directly, else each sub-folder that does (a corpus root of several sets).
     */
    public static java.util.Map<String, List<Path>> sets(Path dir) throws IOException {
        java.util.Map<String, List<Path>> sets = new java.util.LinkedHashMap<>();
        if (isPage(dir) || hasPageChildren(dir)) {
            sets.put(dir.toAbsolutePath().normalize().getFileName().toString(), find(dir));
            return sets;
        }
        List<Path> subs;
        try (Stream<Path> s = Files.list(dir)) {
            subs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path sub : subs) {
            List<Path> pages = find(sub);
            if (!pages.isEmpty()) {
                sets.put(sub.getFileName().toString(), pages);
            }
        }
        return sets;
    }

    /**
     * Whether page folder {@code page} belongs to the hold-out half {@code odd} (true: names ending in an odd digit;
     * false: the rest), so that a rule tuned on one half can be checked on the other.
     */
    public static boolean inHalf(Path page, boolean odd) {
        String name = page.getFileName().toString();
        char last = name.isEmpty() ? '0' : name.charAt(name.length() - 1);
        boolean isOdd = Character.isDigit(last) && (last - '0') % 2 == 1;
        return isOdd == odd;
    }

    private static boolean hasPageChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && isPage(p));
        }
    }

    static boolean isPage(Path dir) {
        return Files.isRegularFile(dir.resolve(SOURCE_TXT)) || Files.isRegularFile(dir.resolve(SOURCE_HTML));
    }
}
