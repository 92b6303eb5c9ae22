package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** `java -jar`: JavaFX's class-path warning is dropped, its other warnings are not. */
class LauncherWarningTest {
    private final List<String> seen = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            seen.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void reset() {
        Launcher.JAVAFX_LOG.removeHandler(capture);
        Launcher.JAVAFX_LOG.setFilter(null);
    }

    @Test
    void onlyTheUnsupportedConfigurationWarningIsDroppedAndOnlyFromTheClassPath() {
        Launcher.JAVAFX_LOG.addHandler(capture);
        // JavaFX logs through System.Logger "javafx" (com.sun.javafx.util.Logging.getJavaFXLogger())
        System.Logger fx = System.getLogger("javafx");
        String unsupported = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'";
        Launcher.quietClassPathWarning(false);
        fx.log(System.Logger.Level.WARNING, unsupported);
        assertEquals(List.of(unsupported), seen, "named modules (the packaged app): nothing is filtered");
        seen.clear();
        Launcher.quietClassPathWarning(true);
        fx.log(System.Logger.Level.WARNING, unsupported);
        fx.log(System.Logger.Level.WARNING, "Could not load the stylesheet");
        assertEquals(List.of("Could not load the stylesheet"), seen);
    }
}
