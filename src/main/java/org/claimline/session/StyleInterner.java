package org.claimline.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out one shared, immutable list per distinct combination of style classes, so a styled document
 * of thousands of runs holds a handful of lists and equal styles compare with {@code ==}.
 */
public final class StyleInterner {
    private final Map<List<String>, List<String>> pool = new HashMap<>();

    public List<String> intern(List<String> classes) {
        List<String> known = pool.get(classes);
        if (known != null) {
            return known;
        }
        List<String> copy = List.copyOf(classes);
        pool.put(copy, copy);
        return copy;
    }

    public int size() {
        return pool.size();
    }
}
