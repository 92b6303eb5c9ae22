package org.claimline.app;

/**
 * Started by packaging/linux/launcher.sh in {@link LauncherScriptTest}: prints its arguments and the system
 * properties the launcher sets, one per line.
 */
public final class LauncherProbeMain {
    private LauncherProbeMain() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println("arg=" + a);
        }
        System.out.println("appdir=" + System.getProperty("probe.appdir"));
        System.out.println("archive=" + System.getProperty("claimline.cds.archive"));
        System.out.println("gsettings=" + System.getenv("GSETTINGS_BACKEND"));
    }
}
