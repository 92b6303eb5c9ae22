package org.claimline.cleaning.text;

import java.util.HashMap;
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
