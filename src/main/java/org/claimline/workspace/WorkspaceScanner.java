package org.claimline.workspace;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds a workspace's articles: the {@code .txt}, {@code .html} and {@code .htm} files below its folder, at any
 * depth. Hidden folders and files, sidecars, backups and Claimline's own files are not articles; a folder link that
 * leads back into a folder already visited is noted and not followed again; a folder that cannot be read is noted.
 * Nothing is read here (sizes and times only), so finding 20,000 files is quick.
 */
public final class WorkspaceScanner {
    /** Deeper than this the walk stops (a safety net; loops are detected anyway). */
    static final int MAX_DEPTH = 64;

    /** One article file found. {@code rel} is its path from the workspace folder with {@code /} separators. */
    public record FoundFile(Path path, String rel, long size, long mtime) {
    }

    /** Something below the folder that was not looked into, and why, in the user's words. */
    public record Skipped(String rel, String reason) {
    }

    public record Result(List<FoundFile> files, List<Skipped> skipped) {
    }

    private WorkspaceScanner() {
    }

    /** Whether a file name is an article's: {@code .txt}, {@code .html} or {@code .htm}, not hidden. */
    public static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.endsWith("~")) {
            return false;
        }
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public static Result scan(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IOException(root + " is not a folder");
        }
        List<FoundFile> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(base) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticleName(file.getFileName().toString())) {
                    files.add(new FoundFile(file, relative(base, file), attrs.size(),
                            attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = relative(base, file);
                if (e instanceof FileSystemLoopException) {
                    skipped.add(new Skipped(rel, "a folder link that leads back into a folder already listed; not followed"));
                } else if (Files.isDirectory(file) || !isArticleName(file.getFileName().toString())) {
                    if (!file.getFileName().toString().startsWith(".")) {
                        skipped.add(new Skipped(rel, "this folder cannot be read (" + reason(e) + ")"));
                    }
                } else {
                    skipped.add(new Skipped(rel, "this file cannot be read (" + reason(e) + ")"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(FoundFile::rel));
        skipped.sort(Comparator.comparing(Skipped::rel));
        return new Result(files, skipped);
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it was removed or renamed meanwhile";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : m;
    }
}
