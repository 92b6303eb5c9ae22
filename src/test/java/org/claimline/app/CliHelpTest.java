package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command parses with the shared {@link Args}: {@code --help} each, usage errors that name what is missing. */
class CliHelpTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void everyCommandHasItsOwnHelp() {
        List<String> names = AppContext.cli().names();
        assertTrue(names.containsAll(List.of("clean", "export", "import", "reanchor", "library", "search", "codebook",
                "add-link", "cds-dump", "claims", "matrix", "report", "analyse", "validate")), names.toString());
        assertTrue(names.containsAll(List.of("eval", "bench-anchor", "bench-clean", "bench-export", "bench-analysis",
                "bench-ui", "bench-workspace")), "the lab's commands are in the development jar: " + names);
        List<String> without = new ArrayList<>();
        for (String name : names) {
            int code = cli.run(name, "--help");
            String help = cli.out.toString(StandardCharsets.UTF_8);
            if (code != 0 || !help.startsWith("usage: claimline " + name)) {
                without.add(name + " (" + code + "): " + help + cli.err.toString(StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void usageErrorsNameTheMissingOption() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "An article of one paragraph that is long enough to be kept by the cleaner.\n");
        assertEquals(2, cli.run("import", article.toString()));
        assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains("--into"), cli.err.toString(StandardCharsets.UTF_8));
        assertEquals(2, cli.run("search", dir.toString(), "q", "--limit"));
        assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains("--limit needs N"), cli.err.toString(StandardCharsets.UTF_8));
        assertEquals(2, cli.run("bench-analysis", "--runs", "0"));
        assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains("--runs"), cli.err.toString(StandardCharsets.UTF_8));
        assertEquals(2, cli.run("add-link", dir.toString()));
        assertTrue(cli.err.toString(StandardCharsets.UTF_8).startsWith("claimline add-link: expected"),
                cli.err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportWithoutOutWritesToStandardOutput() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "An article of one paragraph that is long enough to be kept by the cleaner.\n");
        assertEquals(0, cli.run("export", article.toString()));
        assertFalse(cli.out.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
