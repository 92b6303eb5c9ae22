package org.claimline.ui.common;

/** Remembered user settings (window, theme, recent files, last taxonomy) as strings; the app supplies the backing. */
public interface UiPreferences {
    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }
}
