package org.claimline.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small argument parser every CLI command shares (the product's in {@code app}, the lab's in {@code lab}).
 * The command line of one sub-command is parsed the same way for every command: options as {@code --name VALUE}
 * or {@code --name=VALUE} (and their short aliases), flags, positional arguments, {@code --} ending the options
 * so that a file may start with a dash, {@code --help}. Errors name the option and what it needs.
 */
public final class Args {
    /** An option the command knows: its names, the word for its value (null for a flag) and a description. */
    public record Option(List<String> names, String value, String help) {
        public static Option flag(String help, String... names) {
            return new Option(List.of(names), null, help);
        }

        public static Option valued(String value, String help, String... names) {
            return new Option(List.of(names), value, help);
        }

        String main() {
            return names.get(0);
        }
    }

    /** A command line that does not fit the command's options; the message is for the user. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private List<Option> options = List.of();
    private final List<String> positional = new ArrayList<>();
    private boolean help;

    private Args() {
    }

    public static Args parse(String command, List<Option> options, List<String> args) throws UsageException {
        Args a = new Args();
        a.options = options;
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (onlyPositional || s.equals("-") || !s.startsWith("-")) {
                a.positional.add(s);
                continue;
            }
            if (s.equals("--")) {
                onlyPositional = true;
                continue;
            }
            if (s.equals("--help") || s.equals("-h")) {
                a.help = true;
                continue;
            }
            String name = s;
            String inline = null;
            int eq = s.indexOf('=');
            if (s.startsWith("--") && eq > 2) {
                name = s.substring(0, eq);
                inline = s.substring(eq + 1);
            }
            Option o = find(options, name);
            if (o == null) {
                throw new UsageException("unknown option " + s + " (to name a file that starts with '-', put -- "
                        + "before it: claimline " + command + " -- " + s + ")");
            }
            if (o.value() == null) {
                if (inline != null) {
                    throw new UsageException(o.main() + " takes no value");
                }
                a.values.computeIfAbsent(o.main(), k -> new ArrayList<>()).add("true");
            } else if (inline != null) {
                a.values.computeIfAbsent(o.main(), k -> new ArrayList<>()).add(inline);
            } else if (i + 1 < args.size()) {
                a.values.computeIfAbsent(o.main(), k -> new ArrayList<>()).add(args.get(++i));
            } else {
                throw new UsageException(o.main() + " needs " + o.value());
            }
        }
        return a;
    }

    private static Option find(List<Option> options, String name) {
        for (Option o : options) {
            if (o.names().contains(name)) {
                return o;
            }
        }
        return null;
    }

    public boolean help() {
        return help;
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value (the last one when it was given more than once), or null. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    /** Every value of a repeatable option, in order (empty when absent). */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of an option the command cannot do without; its absence is a usage error naming it. */
    public String required(String name) throws UsageException {
        String v = value(name);
        if (v == null) {
            Option o = find(options, name);
            throw new UsageException(name + (o == null ? "" : " " + o.value()) + " is needed"
                    + (o == null ? "" : ": " + o.help()));
        }
        return v;
    }

    /** A whole-number option, {@code dflt} when absent; a value below {@code min} or not a number is a usage error. */
    public int intValue(String name, int dflt, int min) throws UsageException {
        String v = value(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " takes a whole number of at least " + min + ", not " + v);
    }

    /** Exactly {@code n} positional arguments, else a usage error showing {@code usage}. */
    public List<String> positional(int n, String command, String usage) throws UsageException {
        if (positional.size() != n) {
            throw new UsageException("expected " + usage + " (claimline " + command + " --help)");
        }
        return positional;
    }

    public List<String> positional() {
        return positional;
    }

    /** The help text of a command: its usage line and one line per option. */
    public static String helpText(String command, String usage, List<Option> options) {
        StringBuilder b = new StringBuilder("usage: claimline ").append(command).append(' ').append(usage).append('\n');
        for (Option o : options) {
            String names = String.join(", ", o.names()) + (o.value() == null ? "" : " " + o.value());
            b.append(String.format("  %-28s %s%n", names, o.help()));
        }
        b.append(String.format("  %-28s %s%n", "--", "end of options: what follows is a file, even if it starts with -"));
        return b.toString();
    }
}
