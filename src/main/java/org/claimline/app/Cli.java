package org.claimline.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimline.files.IoText;

/** Dispatches the command line to a {@link CliCommand}. */
public final class Cli {
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public Cli(List<CliCommand> all) {
        for (CliCommand c : all) {
            commands.put(c.name(), c);
        }
    }

    /** The command words, in the order the usage lists them. */
    public List<String> names() {
        return List.copyOf(commands.keySet());
    }

    public boolean handles(String word) {
        return commands.containsKey(word) || "help".equals(word) || "--help".equals(word) || "-h".equals(word);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !commands.containsKey(args.get(0))) {
            usage(args.isEmpty() || !handles(args.get(0)) ? err : out);
            return args.isEmpty() || !handles(args.get(0)) ? 2 : 0;
        }
        CliCommand c = commands.get(args.get(0));
        try {
            return c.run(args.subList(1, args.size()), out, err);
        } catch (Args.UsageException e) {
            err.println("claimline " + c.name() + ": " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("claimline " + c.name() + ": " + IoText.withPath(e));
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("claimline " + c.name() + ": there was not enough memory to finish; nothing was written. "
                    + "Try fewer or smaller files.");
            return 1;
        } catch (StackOverflowError e) {
            err.println("claimline " + c.name() + ": the input is nested too deeply to process; nothing was written.");
            return 1;
        } catch (Exception e) {
            err.println("claimline " + c.name() + ": " + (e.getMessage() == null ? "an unexpected error ("
                    + e.getClass().getSimpleName() + ")" : e.getMessage()));
            return 1;
        }
    }

    public void usage(PrintStream s) {
        s.println("usage: claimline [FILE]                 open the reader (the built-in sample without FILE)");
        for (CliCommand c : commands.values()) {
            s.printf("       claimline %-22s %s%n", c.name(), c.summary());
        }
    }
}
