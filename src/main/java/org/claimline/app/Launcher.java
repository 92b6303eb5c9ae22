package org.claimline.app;

import java.util.List;

/**
 * Plain main class: with JavaFX on the class path the main class must not extend Application
 * ("JavaFX runtime components are missing"), so this dispatches to the CLI or launches the GUI.
 */
public final class Launcher {
    /** When main began, for the smoke-mode timings. */
    static volatile long mainMillis;

    private Launcher() {
    }

    public static void main(String[] args) {
        mainMillis = System.currentTimeMillis();
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
