package org.claimline.cleaning.text;

import org.claimline.cleaning.common.Whitespace;

/**
 * Splits the dump into non-blank lines (one block each, as w3m-style dumps print them), noting indentation,
 * list markers ({@code •}, {@code □}, {@code -}, {@code 1.}) and whether a blank line came before.
 */
public final class SegmentStep implements TextDumpStep {

    private static final String MARKERS = "•□◦▪▫○●■*·‣⁃–-";

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        String s = ColumnLayout.reflow(ctx.input);
        int n = s.length();
        int start = 0;
        boolean blank = true;
        while (start <= n) {
            int end = start;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            String raw = s.substring(start, end);
            if (Whitespace.isBlank(raw)) {
                blank = true;
            } else {
                TextLine line = new TextLine(ctx.lines.size(), raw);
                line.blankBefore = blank;
                parse(line);
                if (line.text.isEmpty()) {
                    // a bare list marker: keep it as a line so nothing of the input disappears silently
                    line.text = raw.strip();
                }
                ctx.lines.add(line);
                blank = false;
            }
            if (end >= n) {
                break;
            }
            start = end + (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n' ? 2 : 1);
        }
    }

    static void parse(TextLine line) {
        String raw = line.raw;
        int i = 0;
        int indent = 0;
        while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\u00A0')) {
            indent += raw.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        line.indent = indent;
        if (i < raw.length() && MARKERS.indexOf(raw.charAt(i)) >= 0
                && (i + 1 >= raw.length() || Character.isWhitespace(raw.charAt(i + 1)) || raw.charAt(i + 1) == '\u00A0')
                && (raw.charAt(i) != '-' && raw.charAt(i) != '–' && raw.charAt(i) != '*' || indent > 0)) {
            line.bullet = true;
            i++;
        } else {
            int j = i;
            while (j < raw.length() && j - i < 3 && Character.isDigit(raw.charAt(j))) {
                j++;
            }
            if (j > i && indent > 0 && j + 1 < raw.length() && (raw.charAt(j) == '.' || raw.charAt(j) == ')')
                    && raw.charAt(j + 1) == ' ') {
                line.bullet = true;
                i = j + 1;
            }
        }
        line.text = Whitespace.normalize(raw, i);
    }
}
