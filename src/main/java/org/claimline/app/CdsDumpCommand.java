package org.claimline.app;

import java.io.PrintStream;
import java.util.List;

/** {@code cds-dump}: (re)makes this user's AppCDS archive for the packaged app where it is installed. */
final class CdsDumpCommand implements CliCommand {
    @Override
    public String name() {
        return "cds-dump";
    }

    @Override
    public String summary() {
        return "make the packaged app's startup archive (per user, in the cache folder)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), List.of(), args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "", List.of()));
            return 0;
        }
        parsed.positional(0, name(), "no arguments");
        CdsArchive cds = CdsArchive.ofRunningImage().orElse(null);
        if (cds == null) {
            err.println("claimline cds-dump: only the packaged app's launcher (bin/Claimline) names an archive"
                    + " and ships the class list to dump");
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
