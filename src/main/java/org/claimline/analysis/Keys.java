package org.claimline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimline.model.Stance;

/**
 * The order of keys on an axis: months in time order and undated last; stances in their fixed order; the
 * others by number of claims, most first, then by name, with the bracketed "missing" keys last.
 */
final class Keys {
    private Keys() {
    }

    static List<String> ordered(Dimension d, List<ClaimRow> rows) {
        Map<String, int[]> counts = new HashMap<>();
        for (ClaimRow r : rows) {
            for (String k : d.keys(r)) {
                counts.computeIfAbsent(k, x -> new int[1])[0]++;
            }
        }
        return ordered(d, counts);
    }

    static List<String> ordered(Dimension d, Map<String, int[]> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        switch (d) {
            case MONTH -> keys.sort(Comparator.comparing(Dimension::isMissing).thenComparing(Comparator.naturalOrder()));
            case STANCE -> keys.sort(Comparator.comparingInt(k -> Stance.fromId(k).ordinal()));
            default -> keys.sort(Comparator.comparing(Dimension::isMissing)
                    .thenComparing((String k) -> -counts.get(k)[0])
                    .thenComparing(String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Comparator.naturalOrder()));
        }
        return keys;
    }

    static Map<String, Integer> indexOf(List<String> keys) {
        Map<String, Integer> m = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), i);
        }
        return m;
    }
}
