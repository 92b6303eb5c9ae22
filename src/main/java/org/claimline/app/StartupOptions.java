package org.claimline.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The GUI's command line: {@code [--smoke] [--screenshot OUT.png] [--smoke-timeout SECONDS] [FILE]}.
 * Parsed before the toolkit starts, so a second launch can hand its file over without loading JavaFX.
 */
public record StartupOptions(boolean smoke, Optional<Path> screenshot, Duration smokeTimeout, Optional<Path> file) {
    public static final Duration DEFAULT_SMOKE_TIMEOUT = Duration.ofSeconds(60);

    public StartupOptions {
        if (screenshot.isPresent() && !smoke) {
            throw new IllegalArgumentException("--screenshot only works with --smoke");
        }
        if (smokeTimeout.isNegative() || smokeTimeout.isZero()) {
            throw new IllegalArgumentException("--smoke-timeout must be positive");
        }
    }

    /** The options {@link #parse} knows; {@code --} ends them. */
    static final Set<String> OPTIONS = Set.of("--", "--smoke", "--screenshot", "--smoke-timeout");

    /**
     * Whether {@code args} can only be the GUI's: none, or a first word that is one of its options or a path with a
     * folder in it (what desktops pass). Anything else may name a CLI command.
     */
    public static boolean onlyForTheWindow(List<String> args) {
        return args.isEmpty() || OPTIONS.contains(args.get(0)) || args.get(0).contains(File.separator);
    }

    public static StartupOptions parse(List<String> args) {
        boolean smoke = false;
        Path screenshot = null;
        Duration timeout = DEFAULT_SMOKE_TIMEOUT;
        Path file = null;
        boolean onlyFiles = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!onlyFiles && a.startsWith("--")) {
                switch (a) {
                    case "--" -> onlyFiles = true;
                    case "--smoke" -> smoke = true;
                    case "--screenshot" -> screenshot = Path.of(value(args, ++i, a));
                    case "--smoke-timeout" -> timeout = seconds(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } else if (file == null) {
                file = Path.of(a);
            } else {
                // Desktops pass every selected file with %F; the reader shows one article at a time.
                throw new IllegalArgumentException("one FILE at a time (got " + file + " and " + a + ")");
            }
        }
        return new StartupOptions(smoke, Optional.ofNullable(screenshot), timeout, Optional.ofNullable(file));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static Duration seconds(String s) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--smoke-timeout needs seconds, got " + s);
        }
    }
}
