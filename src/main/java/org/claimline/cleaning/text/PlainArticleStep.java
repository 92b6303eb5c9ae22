package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.BlockKind;

/**
 * Recognises input that is already just an article (no list markers, no image names, no repeated lines, mostly
 * sentences) and keeps it as it is: every line stays, hard-wrapped paragraphs are joined, short unpunctuated
 * lines before a paragraph become headings.
 */
public final class PlainArticleStep implements TextDumpStep {

    static final double SENTENCE_SHARE = 0.7;

    @Override
    public String name() {
        return "plain-article";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        if (ctx.lines.isEmpty() || !isPlain(ctx.lines)) {
            return;
        }
        ctx.plain = true;
        List<TextLine> merged = joinWrapped(ctx.lines);
        ctx.lines.clear();
        ctx.lines.addAll(merged);
        for (int i = 0; i < merged.size(); i++) {
            TextLine l = merged.get(i);
            boolean nextLonger = i + 1 < merged.size() && merged.get(i + 1).words > l.words;
            l.kind = l.words <= 12 && !l.endsSentence() && nextLonger ? BlockKind.HEADING : BlockKind.PARAGRAPH;
            l.inRegion = true;
            l.quality = TextLine.Quality.GOOD;
        }
    }

    static boolean isPlain(List<TextLine> lines) {
        long total = 0;
        long sentences = 0;
        int groupStart = 0;
        long groupChars = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.bullet || l.shape != TextLine.Shape.TEXT && l.shape != TextLine.Shape.DATE
                    || l.repeats > 1 && l.words >= 3) {
                return false;
            }
            if (l.blankBefore) {
                groupStart = i;
                groupChars = 0;
            }
            total += l.text.length();
            groupChars += l.text.length();
            boolean groupEnds = i + 1 == lines.size() || lines.get(i + 1).blankBefore;
            if (groupEnds && (l.endsSentence() || groupChars >= 100 && i > groupStart)) {
                // a paragraph, possibly wrapped by hand: the whole group counts
                sentences += groupChars;
            } else if (groupEnds && l.weightedChars >= 100) {
                sentences += l.text.length();
            }
        }
        return total > 0 && sentences >= SENTENCE_SHARE * total;
    }

    /** Lines of one blank-separated group that all run to about the same width were wrapped by hand. */
    static List<TextLine> joinWrapped(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            int max = lines.get(i).text.length();
            while (j < lines.size() && !lines.get(j).blankBefore) {
                max = Math.max(max, lines.get(j).text.length());
                j++;
            }
            boolean wrapped = j - i > 1 && max >= 40 && max <= 120;
            for (int k = i; k < j - 1 && wrapped; k++) {
                if (lines.get(k).text.length() < max * 0.6) {
                    wrapped = false;
                }
            }
            if (wrapped) {
                out.add(merge(lines, i, j, out.size()));
            } else {
                for (int k = i; k < j; k++) {
                    TextLine src = lines.get(k);
                    TextLine c = new TextLine(out.size(), src.raw);
                    c.text = src.text;
                    c.words = src.words;
                    c.stopwords = src.stopwords;
                    c.weightedChars = src.weightedChars;
                    c.blankBefore = src.blankBefore;
                    out.add(c);
                }
            }
            i = j;
        }
        return out;
    }

    /** Lines [from, to) as one line at {@code index}: texts joined by a space, word and stopword counts summed. */
    private static boolean wideAt(CharSequence s, int i) {
        char c = s.charAt(i);
        int cp = Character.isLowSurrogate(c) && i > 0 ? Character.toCodePoint(s.charAt(i - 1), c) : c;
        return ColumnLayout.Row.wide(cp);
    }

    static TextLine merge(List<TextLine> lines, int from, int to, int index) {
        StringBuilder sb = new StringBuilder();
        TextLine first = lines.get(from);
        TextLine m = new TextLine(index, first.raw);
        int words = 0;
        int stops = 0;
        int weighted = 0;
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text;
            if (sb.length() > 0 && !(wideAt(sb, sb.length() - 1) && wideAt(t, 0))) {
                // wrapped East Asian text goes on without a space, as it was written
                sb.append(' ');
                weighted++;
            }
            sb.append(t);
            words += lines.get(k).words;
            stops += lines.get(k).stopwords;
            weighted += lines.get(k).weightedChars;
        }
        m.text = sb.toString();
        m.words = words;
        m.stopwords = stops;
        m.weightedChars = weighted;
        m.blankBefore = first.blankBefore;
        m.indent = first.indent;
        m.bullet = first.bullet;
        return m;
    }
}
