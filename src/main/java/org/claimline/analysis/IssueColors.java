package org.claimline.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimline.session.IssuePalette;

/**
 * One colour per issue across every view of an analysis, so a colour means one issue. The colour an article's
 * taxonomy gives an issue is kept unless an issue listed earlier already has it (sidecars coloured on their own
 * give different issues the same palette colour); those get the first palette colour still free, then evenly
 * spaced hues. Missing issues are grey.
 */
public final class IssueColors {
    public static final String MISSING = "#9e9e9e";

    private IssueColors() {
    }

    public static Map<String, String> assign(List<String> issues, Map<String, String> preferred) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String i : issues) {
            if (Dimension.isMissing(i)) {
                out.put(i, MISSING);
                continue;
            }
            String p = preferred.get(i);
            if (IssuePalette.isColor(p) && used.add(p.toLowerCase(Locale.ROOT))) {
                out.put(i, p.toLowerCase(Locale.ROOT));
            }
        }
        int extra = 0;
        for (String i : issues) {
            if (out.containsKey(i)) {
                continue;
            }
            String c = null;
            for (String candidate : IssuePalette.COLORS) {
                if (used.add(candidate)) {
                    c = candidate;
                    break;
                }
            }
            while (c == null) {
                String h = hue(extra++);
                c = used.add(h) ? h : null;
            }
            out.put(i, c);
        }
        return out;
    }

    private static String hue(int n) {
        double h = (n * 0.618033988749895 + 0.1) % 1.0 * 6;
        double s = 0.55;
        double v = 0.78;
        int sector = (int) h;
        double f = h - sector;
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255));
    }
}
