package org.claimline.app;

import java.util.prefs.Preferences;
import org.claimline.ui.UiPreferences;

/** UI preferences in the user's Java preference store (~/.java/.userPrefs on Linux). */
final class JavaPreferences implements UiPreferences {
    // Preferences values are limited to 8 KB; longer ones (a big taxonomy) are split over numbered keys
    private static final int CHUNK = 8000;
    private final Preferences node = Preferences.userRoot().node("org/claimline");

    @Override
    public String get(String key, String fallback) {
        int parts = node.getInt(key + ".parts", 0);
        if (parts == 0) {
            return node.get(key, fallback);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            sb.append(node.get(key + "." + i, ""));
        }
        return sb.toString();
    }

    @Override
    public void put(String key, String value) {
        if (value.length() <= CHUNK) {
            node.remove(key + ".parts");
            node.put(key, value);
            return;
        }
        int parts = (value.length() + CHUNK - 1) / CHUNK;
        for (int i = 0; i < parts; i++) {
            node.put(key + "." + i, value.substring(i * CHUNK, Math.min(value.length(), (i + 1) * CHUNK)));
        }
        node.putInt(key + ".parts", parts);
    }
}
