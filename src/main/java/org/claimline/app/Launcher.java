package org.claimline.app;

import java.util.List;

/**
 * Plain main class: with JavaFX on the class path the main class must not extend Application
 * ("JavaFX runtime components are missing"), so this dispatches to the CLI or launches the GUI.
 */
public final class Launcher {
    /** When main began, for the smoke-mode timings. */
    static volatile long mainMillis;

    /** JavaFX's logger; held here so the filter set on it stays (the logging framework keeps loggers weakly). */
    static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private Launcher() {
    }

    /**
     * {@code java -jar claimline.jar} loads JavaFX from the class path (one jar cannot hold named modules), and
     * JavaFX then logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every
     * launch. Claimline runs fine that way (its tests and the CLI use it); the packaged app loads JavaFX as modules
     * and never sees the warning. So when {@code fromClassPath}, that one message is dropped and every other
     * JavaFX warning is kept.
     */
    static void quietClassPathWarning(boolean fromClassPath) {
        if (fromClassPath) {
            JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
        }
    }

    public static void main(String[] args) {
        mainMillis = System.currentTimeMillis();
        // the window and the commands that start JavaFX (bench-ui, --smoke) alike
        quietClassPathWarning(ModuleLayer.boot().findModule("javafx.graphics").isEmpty());
        // building the commands loads and initialises each of them (~30 ms): not for a launch of the window
        if (!StartupOptions.onlyForTheWindow(List.of(args))) {
            Cli cli = AppContext.cli();
            if (cli.handles(args[0])) {
                int code = cli.run(List.of(args), System.out, System.err);
                System.out.flush();
                System.exit(code);
            }
            DesktopStartup.mark("commands built");
        }
        if (DesktopStartup.begin(args, System::exit)) {
            DesktopStartup.mark("options read");
            ClaimlineApp.launchApp(args);
        }
    }
}
