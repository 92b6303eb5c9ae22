package org.claimline.analysis;

import java.util.Locale;
import org.claimline.model.Stance;

/**
 * The colours every view and the report share, so that a colour means the same thing everywhere: one blue
 * ramp for counts (light = few, dark = many; an empty cell is white), and one colour per stance (supports green,
 * opposes red, neutral ochre (not blue: blue is the count ramp), unclear light grey). Issues have theirs from {@link IssueColors}.
 */
public final class Palette {
    private static final int[] LOW = {0xe8, 0xf0, 0xfa};
    private static final int[] HIGH = {0x08, 0x45, 0x94};

    private Palette() {
    }

    public static String stance(Stance s) {
        return switch (s) {
            case SUPPORTS -> "#2e8b57";
            case OPPOSES -> "#c8413b";
            case NEUTRAL -> "#b08d57";
            case UNCLEAR -> "#cfcfcf";
        };
    }

    /** The fill of a cell holding {@code value} when the largest holds {@code max}: white for 0. */
    public static String heat(int value, int max) {
        if (value <= 0 || max <= 0) {
            return "#ffffff";
        }
        double t = Math.min(1, (double) value / max);
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            sb.append(String.format(Locale.ROOT, "%02x", Math.round(LOW[i] + (HIGH[i] - LOW[i]) * t)));
        }
        return sb.toString();
    }

    /** Black or white, whichever reads better on {@code hex} ({@code #rrggbb}). */
    public static String textOn(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        return luminance < 0.55 ? "#ffffff" : "#1d1d1f";
    }
}
