package org.claimline.ui.common;

import java.util.HashMap;
import java.util.Map;

/** Preferences that live only as long as the process (tests, benchmarks). */
public final class MemoryPreferences implements UiPreferences {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
    }
}
