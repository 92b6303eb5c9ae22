package org.claimline.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The reader's remembered comfort settings: theme, zoom, window geometry, recent files and view options. */
public final class ReaderSettings implements ViewOptions {
    public static final List<String> THEMES = List.of("light", "sepia", "dark");
    private static final int MAX_RECENT = 8;
    private static final double MIN_ZOOM = 0.6;
    private static final double MAX_ZOOM = 2.0;

    private final UiPreferences prefs;
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    /** The remembered look of the window: size, divider position, zoom and theme. */
    public record Appearance(double width, double height, double divider, double zoom, String theme) {
    }

    public ReaderSettings(UiPreferences prefs) {
        this.prefs = prefs;
        Appearance look = appearance(prefs);
        theme.set(look.theme());
        zoom.set(look.zoom());
        for (String p : prefs.get("recent", "").split("\n")) {
            if (!p.isBlank()) {
                recentFiles.add(Path.of(p));
            }
        }
        theme.addListener((o, a, b) -> prefs.put("theme", b));
        zoom.addListener((o, a, b) -> prefs.putDouble("zoom", b.doubleValue()));
    }

    /** The window's remembered look, read from {@code prefs} alone (the start-up preview needs no view-model). */
    public static Appearance appearance(UiPreferences prefs) {
        String t = prefs.get("theme", "light");
        return new Appearance(prefs.getDouble("window.width", 1180), prefs.getDouble("window.height", 760),
                prefs.getDouble("divider", 0.64), clampZoom(prefs.getDouble("zoom", 1.0)),
                THEMES.contains(t) ? t : "light");
    }

    public UiPreferences preferences() {
        return prefs;
    }

    public void zoomIn() {
        zoom.set(clampZoom(zoom.get() + 0.1));
    }

    public void zoomOut() {
        zoom.set(clampZoom(zoom.get() - 0.1));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    private static double clampZoom(double z) {
        return Math.round(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) * 10) / 10.0;
    }

    /** The next theme in the list (the toolbar's theme button). */
    public void nextTheme() {
        theme.set(THEMES.get((THEMES.indexOf(theme.get()) + 1) % THEMES.size()));
    }

    /** Remembered window geometry: width, height, divider position. */
    public double[] windowLayout() {
        Appearance look = appearance(prefs);
        return new double[] {look.width(), look.height(), look.divider()};
    }

    public void rememberWindowLayout(double width, double height, double divider) {
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
        prefs.putDouble("divider", divider);
    }

    private void rememberRecentFile(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        recentFiles.remove(abs);
        recentFiles.add(0, abs);
        while (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        prefs.put("recent", String.join("\n", recentFiles.stream().map(Path::toString).toList()));
    }

    /** Puts {@code path} first in File ▸ Open Recent. */
    public void rememberRecent(Path path) {
        rememberRecentFile(path);
    }

    /** Drops recent entries whose file is gone. */
    public void pruneRecent() {
        recentFiles.removeIf(p -> !Files.exists(p));
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    @Override
    public String viewOption(String key, String fallback) {
        return prefs.get("view." + key, fallback);
    }

    @Override
    public void rememberViewOption(String key, String value) {
        prefs.put("view." + key, value);
    }
}
