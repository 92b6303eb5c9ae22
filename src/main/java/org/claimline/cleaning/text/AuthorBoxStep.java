package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Shape;
import org.claimline.model.BlockKind;

/**
 * Takes the author box off the end of the body: among the last lines of the region, a short line of capitalised
 * words (a name, maybe after a label: "About Jane Roe") followed by a paragraph that names the same person again
 * ("Jane Roe is a reporter…", "…journalist Jane Roe writes…"). The paragraph becomes an author bio block, the
 * name line is removed. Whatever follows them in the region is part of the box too.
 */
public final class AuthorBoxStep implements TextDumpStep {

    @Override
    public void apply(TextDumpContext ctx) {
        if (ctx.plain || ctx.regionStart < 0) {
            return;
        }
        List<TextLine> ls = ctx.lines;
        int kept = 0;
        for (int i = ctx.regionEnd; i > ctx.regionStart && kept <= TAIL_KEPT; i--) {
            TextLine l = ls.get(i);
            if (l.removedReason != null) {
                continue;
            }
            kept++;
            String name = nameOf(l);
            int bio = name == null ? -1 : bioAfter(ls, i, ctx.regionEnd, name);
            if (bio >= 0) {
                l.remove("author box");
                for (int k = i + 1; k <= ctx.regionEnd; k++) {
                    TextLine o = ls.get(k);
                    if (k == bio) {
                        o.kind = BlockKind.AUTHOR_BIO;
                    } else {
                        o.remove("author box");
                    }
                }
                return;
            }
        }
    }

    /** How far from the end of the region the box may start, counted in kept lines. */
    static final int TAIL_KEPT = 4;
    static final int NAME_MAX_WORDS = 5;
    static final int BIO_MAX_CHARS = 600;

    /** The last two capitalised words of a short unpunctuated line ("About Jane Roe" gives "Jane Roe"). */
    static String nameOf(TextLine l) {
        if (l.shape != Shape.TEXT || l.bullet || l.words < 1 || l.words > NAME_MAX_WORDS || l.endsSentence()) {
            return null;
        }
        String[] w = l.text.split(" ");
        int n = w.length;
        String last = w[n - 1];
        if (!capitalised(last)) {
            return null;
        }
        return n >= 2 && capitalised(w[n - 2]) ? w[n - 2] + " " + last : last;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && w.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /** The first kept paragraph within two lines after {@code i} that names the person again. */
    private static int bioAfter(List<TextLine> ls, int i, int end, String name) {
        for (int k = i + 1; k <= Math.min(end, i + 2); k++) {
            TextLine b = ls.get(k);
            if (b.removedReason == null && b.shape == Shape.TEXT && b.text.length() <= BIO_MAX_CHARS
                    && b.endsSentence() && b.text.contains(name) && !b.text.equals(name)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "author-box";
    }
}
