package org.claimline.app;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the jar's command line ({@code clean}, {@code eval}, {@code export}…). */
public interface CliCommand {
    /** The word that selects it, e.g. {@code clean}. */
    String name();

    /** One line for the usage listing. */
    String summary();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
