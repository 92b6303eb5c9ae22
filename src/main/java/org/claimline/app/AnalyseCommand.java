package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code analyse DIR}: the reader window with the analysis window open over DIR. */
final class AnalyseCommand implements CliCommand {
    @Override
    public String name() {
        return "analyse";
    }

    @Override
    public String summary() {
        return "DIR   open the analysis window over a folder of annotated articles";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Args.UsageException {
        Args parsed = Args.parse(name(), List.of(), args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR", List.of()));
            return 0;
        }
        Path dir = Path.of(parsed.positional(1, name(), "one folder: DIR").get(0));
        if (!Files.isDirectory(dir)) {
            err.println("claimline analyse: " + dir + " is not a folder");
            return 2;
        }
        ClaimlineApp.analyseOnStart = dir.toAbsolutePath().normalize();
        int[] code = {-1};
        if (DesktopStartup.begin(new String[0], c -> code[0] = c)) {
            ClaimlineApp.launchApp(new String[0]);
            return 0;
        }
        if (code[0] == 0) {
            // another Claimline window took the hand-off (it only opens articles): say where the analysis is
            err.println("claimline analyse: Claimline is already running; choose File \u25B8 Analyse Folder\u2026 "
                    + "there and pick " + dir);
        }
        return Math.max(0, code[0]);
    }
}
