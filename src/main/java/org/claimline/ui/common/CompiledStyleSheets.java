package org.claimline.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven after the resources are copied): every stylesheet in a folder gets its binary form
 * ({@code base.css} → {@code base.bss}) beside it. JavaFX loads a {@code .bss} in place of the {@code .css} of the
 * same name when one is there, as it does for its own Modena theme, and reading the binary form skips the CSS
 * parser: the reader window's stylesheets load some 20-30 ms sooner at start-up, when the parser's code is still
 * cold. {@code CompiledStyleSheetsTest} checks that each compiled sheet holds what its source says.
 */
public final class CompiledStyleSheets {
    private CompiledStyleSheets() {
    }

    /** {@code args[0]}: the folder of stylesheets (target/classes/org/claimline/ui/styles). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledStyleSheets FOLDER");
        }
        for (Path css : compile(Path.of(args[0]))) {
            System.out.println("compiled " + css.getFileName());
        }
    }

    /** Writes {@code X.bss} for each {@code X.css} in {@code folder}; returns the sources compiled. */
    public static List<Path> compile(Path folder) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().forEach(sources::add);
        }
        for (Path css : sources) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Path tmp = Files.createTempFile(folder, name, ".tmp");
            try {
                Stylesheet.convertToBinary(css.toFile(), tmp.toFile());
                Files.move(tmp, bss, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return sources;
    }
}
