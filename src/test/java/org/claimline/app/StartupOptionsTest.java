package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void theWindowsOwnCommandLinesNeedNoCliCommands() {
        assertTrue(StartupOptions.onlyForTheWindow(List.of()));
        assertTrue(StartupOptions.onlyForTheWindow(List.of("--smoke", "--screenshot", "s.png")));
        assertTrue(StartupOptions.onlyForTheWindow(List.of("--", "clean")));
        assertTrue(StartupOptions.onlyForTheWindow(List.of(Path.of("articles", "op-ed.html").toString())));
        // may be a command (or a file in the current folder: the CLI decides)
        assertFalse(StartupOptions.onlyForTheWindow(List.of("clean", "a.html")));
        assertFalse(StartupOptions.onlyForTheWindow(List.of("--help")));
        assertFalse(StartupOptions.onlyForTheWindow(List.of("op-ed.html")));
    }

    @Test
    void everyOptionThatKeepsTheCliOutIsOneTheWindowParses() {
        for (String option : StartupOptions.OPTIONS) {
            List<String> args = option.equals("--smoke") || option.equals("--") ? List.of(option)
                    : option.equals("--screenshot") ? List.of("--smoke", option, "s.png") : List.of(option, "5");
            StartupOptions.parse(args); // throws "unknown option" for an option the parser does not know
        }
    }

    @Test
    void noArgumentsMeansTheSampleWithoutSmoke() {
        StartupOptions o = StartupOptions.parse(List.of());
        assertFalse(o.smoke());
        assertEquals(Optional.empty(), o.file());
        assertEquals(Optional.empty(), o.screenshot());
        assertEquals(StartupOptions.DEFAULT_SMOKE_TIMEOUT, o.smokeTimeout());
    }

    @Test
    void smokeWithScreenshotAndFileInAnyOrder() {
        StartupOptions o = StartupOptions.parse(List.of("a.html", "--screenshot", "out/shot.png", "--smoke"));
        assertTrue(o.smoke());
        assertEquals(Optional.of(Path.of("out/shot.png")), o.screenshot());
        assertEquals(Optional.of(Path.of("a.html")), o.file());
    }

    @Test
    void timeoutInFractionalSeconds() {
        assertEquals(Duration.ofMillis(2500),
                StartupOptions.parse(List.of("--smoke", "--smoke-timeout", "2.5")).smokeTimeout());
    }

    @Test
    void doubleDashLetsAFileStartWithDashes() {
        assertEquals(Optional.of(Path.of("--odd.txt")), StartupOptions.parse(List.of("--", "--odd.txt")).file());
    }

    @Test
    void rejectsWhatItCannotDo() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--smoke", "--screenshot")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--screenshot", "x.png")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.txt", "b.txt")));
        assertThrows(IllegalArgumentException.class,
                () -> StartupOptions.parse(List.of("--smoke", "--smoke-timeout", "soon")));
        assertThrows(IllegalArgumentException.class,
                () -> StartupOptions.parse(List.of("--smoke", "--smoke-timeout", "0")));
    }
}
