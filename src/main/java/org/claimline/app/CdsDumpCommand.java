package org.claimline.app;

import java.io.PrintStream;
import java.util.List;

/** {@code cds-dump}: (re)makes the packaged app's AppCDS archive for the folder it is installed in. */
final class CdsDumpCommand implements CliCommand {
    @Override
    public String name() {
        return "cds-dump";
    }

    @Override
    public String summary() {
        return "make the packaged app's startup archive for this folder";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CdsArchive cds = CdsArchive.ofRunningImage().orElse(null);
        if (cds == null) {
            err.println("claimline cds-dump: only the packaged app has a class list to dump");
            return 2;
        }
        long start = System.nanoTime();
        int status = cds.dump(err);
        if (status == 0) {
            out.printf("claimline cds-dump: %s (%d MB) in %d ms%n", cds.archive(),
                    java.nio.file.Files.size(cds.archive()) >> 20, (System.nanoTime() - start) / 1_000_000);
        }
        return status;
    }
}
