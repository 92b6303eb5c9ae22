package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary stylesheets JavaFX reads in place of styles/*.css hold what the sources say, and are current. */
class CompiledStyleSheetsTest {
    /** Each rule as its selectors and declarations (a binary rule reads its declarations when first asked). */
    private static List<String> rules(Stylesheet s) {
        return s.getRules().stream().map(r -> r.getSelectors() + " " + declarations(r)).toList();
    }

    private static List<String> declarations(Rule r) {
        return r.getDeclarations().stream().map(d -> d.getProperty() + ": " + value(d.getParsedValue())).toList();
    }

    /** A parsed value spelled out, arrays included (its own toString gives an array's identity). */
    private static String value(Object v) {
        if (v instanceof ParsedValue<?, ?> p) {
            return (p.isContainsLookups() ? "lookup " : "") + value(p.getValue()) + " as " + p.getConverter();
        }
        if (v instanceof Object[] a) {
            return Arrays.stream(a).map(CompiledStyleSheetsTest::value).toList().toString();
        }
        return String.valueOf(v);
    }

    @Test
    void everySheetInTheJarHasItsCurrentBinaryForm() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("styles"))) {
            sources = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(sources.isEmpty());
        for (Path css : sources) {
            String name = css.getFileName().toString();
            URL bss = Styles.class.getResource("/org/claimline/ui/styles/" + name.replace(".css", ".bss"));
            assertNotNull(bss, name + " has no compiled form in the build");
            List<String> expected = rules(new CssParser().parse(css.toUri().toURL()));
            assertFalse(expected.isEmpty(), name);
            // a stale .bss (the source edited, the build step not run) would win over the source at run time
            assertEquals(expected, rules(Stylesheet.loadBinary(bss)), name + " differs from its compiled form");
        }
    }

    @Test
    void compilesEachSheetOfAFolderBesideIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.css"), ".chip { -fx-padding: 2 6; -fx-background-color: -cl-accent; }\n"
                + ".chip:hover .label { -fx-text-fill: #334455; }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a stylesheet");
        assertEquals(List.of(dir.resolve("a.css")), CompiledStyleSheets.compile(dir));
        Stylesheet compiled = Stylesheet.loadBinary(dir.resolve("a.bss").toUri().toURL());
        assertEquals(rules(new CssParser().parse(dir.resolve("a.css").toUri().toURL())), rules(compiled));
        assertEquals(2, compiled.getRules().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
    }
}
