package org.claimline.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimline.lab.MutationBenchmark.Ann;
import org.claimline.lab.MutationBenchmark.Para;

/**
 * The edits the benchmark makes to an article, the way re-scrapes and cleaner updates do, carrying every
 * annotated passage through each of them (see {@link #edit}).
 */
final class Mutations {
    private Mutations() {
    }

    /** Replaces para.text[s, e) and carries every annotation of the paragraph through the change. */
    static void edit(Para p, int s, int e, String rep) {
        int delta = rep.length() - (e - s);
        for (Ann a : p.anns) {
            if (e <= a.start && !(s == e && s == a.end)) {
                a.start += delta;
                a.end += delta;
            } else if (s < a.end || (s == e && s < a.end)) {
                if (s < a.start) {
                    a.start = s;
                }
                a.end = e >= a.end ? s + rep.length() : a.end + delta;
                a.changed += Math.max(e - s, rep.length());
            }
        }
        p.text.replace(s, e, rep);
    }

    /**
     * The edits of one article, in this order: quote styles and dashes, whitespace, typo fixes outside
     * passages and inside about one in six, one or two paragraphs deleted, one moved, one from the {@code other}
     * article inserted, with {@code lookAlikes} one resembling another, and one duplicated.
     */
    static void mutate(List<Para> paras, List<Ann> anns, String other, boolean lookAlikes, Random rnd) {
        Set<String> own = new HashSet<>();
        for (Para p : paras) {
            own.add(p.text.toString());
        }
        quoteStyle(paras, rnd);
        whitespace(paras, rnd);
        typos(paras, rnd, Math.max(3, paras.size() / 2), false);
        List<Ann> inside = new ArrayList<>();
        for (Ann a : anns) {
            if (a.end - a.start >= 20 && rnd.nextInt(6) == 0) {
                inside.add(a);
            }
        }
        for (Ann a : inside) {
            typoAt(a.para, a.start + 2 + rnd.nextInt(a.end - a.start - 4), rnd);
        }
        // paragraph-level edits
        int deletions = paras.size() > 8 ? 2 : 1;
        for (int d = 0; d < deletions; d++) {
            paras.remove(deletion(paras, rnd.nextInt(paras.size())));
        }
        Para moved = paras.remove(rnd.nextInt(paras.size()));
        paras.add(rnd.nextInt(paras.size() + 1), moved);
        List<Para> foreign = MutationBenchmark.paragraphs(other);
        if (!foreign.isEmpty()) {
            int at = rnd.nextInt(paras.size() + 1);
            List<String> texts = new ArrayList<>();
            for (Para p : foreign) {
                texts.add(p.text.toString());
            }
            String inserted = foreignParagraph(texts, rnd.nextInt(foreign.size()), own);
            if (inserted != null) {
                paras.add(at, new Para(inserted));
            }
        }
        if (lookAlikes) {
            paras.add(rnd.nextInt(paras.size() + 1), lookAlike(paras.get(rnd.nextInt(paras.size())), rnd));
        }
        int dup = rnd.nextInt(paras.size());
        paras.get(dup).copy = new Para(paras.get(dup).text.toString());
        paras.add(dup + 1, paras.get(dup).copy);
    }

    /**
     * The index of the paragraph to delete: the drawn one, {@code k}, or the first from there on whose
     * annotated passages are really gone once it is. A paragraph that shares text with another (the same
     * lorem ipsum sentence, a photo caption repeated under two pictures) can leave a passage in the text,
     * quote and one whole side of its recorded context, verbatim: that passage is not deleted, and a
     * placement on it must not be scored wrong. Falls back to {@code k} when every paragraph is like that.
     */
    private static int deletion(List<Para> paras, int k) {
        List<String> originals = new ArrayList<>();
        List<List<String[]>> passages = new ArrayList<>();
        for (Para p : paras) {
            originals.add(p.original);
            List<String[]> sides = new ArrayList<>();
            for (Ann a : p.anns) {
                sides.add(new String[] {a.withPrefix, a.withSuffix});
            }
            passages.add(sides);
        }
        return deletable(originals, passages, k);
    }

    /**
     * {@link #deletion} over the paragraphs' texts before the edits and, per paragraph, its passages as
     * {quote with prefix, quote with suffix}.
     */
    static int deletable(List<String> paragraphs, List<List<String[]>> passages, int k) {
        for (int i = 0; i < paragraphs.size(); i++) {
            int at = (k + i) % paragraphs.size();
            List<String> rest = new ArrayList<>(paragraphs);
            rest.remove(at);
            String others = String.join("\n\n", rest);
            boolean carried = false;
            for (String[] sides : passages.get(at)) {
                carried |= others.contains(sides[0]) || others.contains(sides[1]);
            }
            if (!carried) {
                return at;
            }
        }
        return k;
    }

    /**
     * The first paragraph of the other article from index {@code k} on that shares no run of
     * {@value #SHARED_RUN} words with this one ({@code own}, its paragraphs), or null. Test pages share
     * boilerplate (lorem ipsum, "Links") and news sites the same wire story: such a paragraph carries the
     * article's own text, not foreign text, and a placement on it would be scored wrong although it is the
     * passage's text in the passage's context. Eight words is the shortest run that holds a quote of two
     * words (the shortest the benchmark makes) with a whole side of its 32-character context (about six
     * words), and two independent texts hardly ever share one. A paragraph of fewer words counts as shared
     * when the article has it whole.
     */
    static String foreignParagraph(List<String> foreign, int k, Set<String> own) {
        Set<String> runs = new HashSet<>();
        for (String p : own) {
            runs.addAll(wordRuns(p));
        }
        for (int i = 0; i < foreign.size(); i++) {
            String t = foreign.get((k + i) % foreign.size());
            if (!own.contains(t) && Collections.disjoint(wordRuns(t), runs)) {
                return t;
            }
        }
        return null;
    }

    static final int SHARED_RUN = 8;

    /** Every run of {@value #SHARED_RUN} consecutive words of {@code text}, words separated by one space. */
    private static Set<String> wordRuns(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = MutationBenchmark.WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHARED_RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHARED_RUN)));
        }
        return out;
    }

    private static void quoteStyle(List<Para> paras, Random rnd) {
        boolean toCurly = rnd.nextBoolean();
        if (rnd.nextInt(10) < 3) {
            return;
        }
        for (Para p : paras) {
            for (int i = 0; i < p.text.length(); i++) {
                char c = p.text.charAt(i);
                char prev = i == 0 ? ' ' : p.text.charAt(i - 1);
                boolean open = Character.isWhitespace(prev) || prev == '(';
                String rep = null;
                if (toCurly && c == '"') {
                    rep = open ? "\u201C" : "\u201D";
                } else if (toCurly && c == '\'') {
                    rep = open ? "\u2018" : "\u2019";
                } else if (!toCurly && (c == '\u201C' || c == '\u201D')) {
                    rep = "\"";
                } else if (!toCurly && (c == '\u2018' || c == '\u2019')) {
                    rep = "'";
                } else if (c == '\u2014' || c == '\u2013') {
                    rep = toCurly ? "\u2013" : "-";
                    if (c == '\u2013' && toCurly) {
                        rep = "\u2014";
                    }
                }
                if (rep != null) {
                    edit(p, i, i + 1, rep);
                }
            }
        }
    }

    private static void whitespace(List<Para> paras, Random rnd) {
        for (Para p : paras) {
            if (rnd.nextInt(3) != 0) {
                continue;
            }
            for (int i = p.text.length() - 1; i > 0; i--) {
                if (p.text.charAt(i) == ' ' && rnd.nextInt(10) == 0) {
                    int r = rnd.nextInt(3);
                    edit(p, i, i + 1, r == 0 ? "  " : r == 1 ? "\u00A0" : "\n");
                }
            }
        }
    }

    /** Typo fixes at random letters outside (or, with {@code anywhere}, also inside) annotations. */
    static void typos(List<Para> paras, Random rnd, int count, boolean anywhere) {
        for (int n = 0, tries = 0; n < count && tries < count * 20; tries++) {
            Para p = paras.get(rnd.nextInt(paras.size()));
            if (p.text.length() < 3) {
                continue;
            }
            int at = 1 + rnd.nextInt(p.text.length() - 2);
            boolean covered = false;
            for (Ann a : p.anns) {
                covered |= at >= a.start - 1 && at <= a.end;
            }
            if ((covered && !anywhere) || !Character.isLetter(p.text.charAt(at))) {
                continue;
            }
            typoAt(p, at, rnd);
            n++;
        }
    }

    private static void typoAt(Para p, int at, Random rnd) {
        char c = p.text.charAt(at);
        switch (rnd.nextInt(4)) {
            case 0 -> edit(p, at, at + 1, String.valueOf(c == 'e' ? 'a' : 'e'));
            case 1 -> edit(p, at, at + 1, "");
            case 2 -> edit(p, at, at, String.valueOf(c));
            default -> edit(p, at, at + 2, "" + p.text.charAt(at + 1) + c);
        }
    }

    /** A paragraph that resembles {@code src}: about every fourth word replaced by one from elsewhere in it. */
    private static Para lookAlike(Para src, Random rnd) {
        String[] ws = src.text.toString().split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ws.length; i++) {
            sb.append(i == 0 ? "" : " ").append(rnd.nextInt(4) == 0 ? ws[rnd.nextInt(ws.length)] : ws[i]);
        }
        return new Para(sb.toString());
    }
}
