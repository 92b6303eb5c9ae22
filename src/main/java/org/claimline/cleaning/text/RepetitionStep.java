package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts how often each line's text occurs in the page (case and punctuation ignored): menus printed twice,
 * captions printed three times, related headlines printed as link text and again as image alt text.
 */
public final class RepetitionStep implements TextDumpStep {

    @Override
    public String name() {
        return "repetition";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        Map<String, int[]> seen = new HashMap<>();
        for (TextLine l : ctx.lines) {
            String key = key(l.text);
            l.key = key;
            if (key.isEmpty()) {
                continue;
            }
            int[] entry = seen.get(key);
            if (entry == null) {
                seen.put(key, new int[] {l.index, 1});
            } else {
                entry[1]++;
                l.firstOccurrence = entry[0];
            }
        }
        for (TextLine l : ctx.lines) {
            int[] entry = l.key.isEmpty() ? null : seen.get(l.key);
            if (entry != null) {
                l.repeats = entry[1];
            }
        }
        printedTwice(ctx.lines);
    }

    /** Shortest line that counts as a paragraph of a copy printed twice. */
    static final int TWICE_LINE_CHARS = 80;
    /** Most lines between the end of the first copy and the start of the second (a byline, a picture between). */
    static final int TWICE_GAP = 8;
    /** Fewest paragraphs in a row that a page prints twice for the first copy to be its article. */
    static final int TWICE_PARAGRAPHS = 2;

    /**
     * A page that prints its article twice in a row (a paywall's teaser and the article's snippet, a print
     * version under the screen version): two or more paragraphs, each printed exactly twice, the second copy right
     * after the first. The first copy is the page's text, printed once as far as the other steps can tell. A copy
     * whose lines open in lower case is text cut into chunks (a page's data printed as text), not paragraphs.
     */
    static void printedTwice(List<TextLine> ls) {
        List<TextLine> paragraphs = new ArrayList<>();
        for (TextLine l : ls) {
            if (l.shape == TextLine.Shape.TEXT && l.weightedChars >= TWICE_LINE_CHARS) {
                paragraphs.add(l);
            }
        }
        int n = paragraphs.size();
        int i = 0;
        while (i < n) {
            int k = copyLength(paragraphs, i);
            if (k >= TWICE_PARAGRAPHS) {
                for (int j = i; j < i + k; j++) {
                    paragraphs.get(j).repeats = 1;
                }
                i += 2 * k;
            } else {
                i++;
            }
        }
    }

    /** How many paragraphs from {@code i} on are printed again right after them, once more only (0 when none). */
    private static int copyLength(List<TextLine> ps, int i) {
        TextLine first = ps.get(i);
        if (first.repeats != 2) {
            return 0;
        }
        for (int k = 1; i + 2 * k <= ps.size(); k++) {
            if (!ps.get(i + k).key.equals(first.key)) {
                continue;
            }
            // the paragraph printed again is k paragraphs on: the k paragraphs between must be the same again
            if (ps.get(i + k).index - ps.get(i + k - 1).index > TWICE_GAP) {
                return 0;
            }
            for (int j = 0; j < k; j++) {
                TextLine a = ps.get(i + j);
                TextLine b = ps.get(i + k + j);
                if (a.repeats != 2 || !a.key.equals(b.key) || Character.isLowerCase(a.text.codePointAt(0))) {
                    return 0;
                }
            }
            return k;
        }
        return 0;
    }

    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
