package org.claimline.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child process for the concurrency and kill tests: runs one command line of the real CLI per group of
 * arguments separated by {@code ;}, printing "ok N <stdout>" or "failed N <stderr>" after each, flushed.
 */
public final class CliLoopMain {
    private CliLoopMain() {
    }

    public static void main(String[] args) {
        List<List<String>> runs = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String a : Arrays.asList(args)) {
            if (a.equals(";")) {
                runs.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(a);
            }
        }
        if (!cur.isEmpty()) {
            runs.add(cur);
        }
        Cli cli = AppContext.cli();
        for (int i = 0; i < runs.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = cli.run(runs.get(i), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = (code == 0 ? out : err).toString(StandardCharsets.UTF_8).replace('\n', ' ');
            System.out.println((code == 0 ? "ok " : "failed ") + i + " " + said);
            System.out.flush();
        }
    }
}
