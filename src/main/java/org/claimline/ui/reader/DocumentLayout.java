package org.claimline.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.HumanDates;
import org.claimline.model.TextRange;
import org.claimline.session.Highlighting;
import org.claimline.session.StyleInterner;

/**
 * How an article is laid out in the reader area: header paragraphs (title, dek, byline line) then one
 * paragraph per block, with the mapping between area offsets and offsets in the anchorable
 * {@link Article#text()}. Blocks are separated by one newline in the area but by a blank line in the text,
 * and removed blocks may be shown in between, so the mapping is kept per segment. Pure; no toolkit.
 */
public final class DocumentLayout {

    /** One paragraph of the area: a header line or a block. {@code textStart} is -1 when not in the text. */
    public record Segment(int areaStart, int length, List<String> classes, int blockIndex, int textStart) {
        public int areaEnd() {
            return areaStart + length;
        }

        public boolean inText() {
            return textStart >= 0;
        }
    }

    /** A run of {@code length} area characters styled with {@code classes} (interned). */
    public record Run(int length, List<String> classes) {
    }

    private final String areaText;
    private final List<Segment> segments;
    private final List<Segment> textSegments;
    private final StyleInterner interner;
    /** Stretches of CJK text in the area, as [start, end) pairs in order; set in a CJK face of their own. */
    private final int[] cjk;

    private DocumentLayout(String areaText, List<Segment> segments, StyleInterner interner) {
        this.areaText = areaText;
        this.segments = List.copyOf(segments);
        this.textSegments = segments.stream().filter(Segment::inText).toList();
        this.interner = interner;
        this.cjk = cjkStretches(areaText);
    }

    /** The style class of runs of CJK script, which the reader sets in an installed CJK face. */
    public static final String CJK_CLASS = "cjk";

    /**
     * Where the area holds Chinese, Japanese or Korean: stretches of Han, kana and Hangul with the CJK punctuation
     * and full-width forms among them, and the spaces between two such characters. Latin text around them keeps the
     * reader's face (one CJK word in an English op-ed, a Korean line in a removed footer).
     */
    static int[] cjkStretches(CharSequence text) {
        int[] out = new int[8];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            if (!isCjkScript(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int j = end;
            while (j < len) {
                char c = text.charAt(j);
                if (isCjkScript(c)) {
                    end = ++j;
                } else if (c == ' ' || c == '\u00A0' || Character.isSurrogate(c)) {
                    j++;
                } else {
                    break;
                }
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = start;
            out[n++] = end;
            i = end;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isCjkScript(char c) {
        if (c < 0x1100) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (c >= 0x2E80 && s == Character.UnicodeScript.COMMON);
    }

    /** Whether the area holds any CJK text (the reader then looks for a CJK face). */
    public boolean hasCjk() {
        return cjk.length > 0;
    }

    public static DocumentLayout of(Article article, boolean showRemoved, StyleInterner interner) {
        return of(article, showRemoved, interner, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The layout with dates written for a person reading in {@code locale} ({@link HumanDates}). */
    public static DocumentLayout of(Article article, boolean showRemoved, StyleInterner interner, Locale locale) {
        StringBuilder sb = new StringBuilder();
        List<Segment> segs = new ArrayList<>();
        Article.Metadata m = article.metadata();
        // an empty first paragraph gives the page a top margin that scrolls away with the text
        segs.add(new Segment(0, 0, interner.intern(List.of("header", "top-margin")), -1, -1));
        addHeader(sb, segs, m.title(), "title", interner);
        addHeader(sb, segs, m.dek(), "dek", interner);
        List<String> meta = new ArrayList<>();
        if (m.bylineText() != null) {
            meta.add("By " + m.bylineText());
        }
        String published = m.published() == null ? null : HumanDates.format(m.published(), locale);
        if (published != null) {
            meta.add(published);
        }
        // an update within the minute of publication adds nothing (comparing the strings also spares the first
        // frame the bootstrap of the record's generated equals, ~50 ms of method handles)
        String updated = m.updated() == null ? null : HumanDates.format(m.updated(), locale);
        if (updated != null && !updated.equals(published)) {
            meta.add("Updated " + updated);
        }
        if (m.siteName() != null && !m.siteName().isBlank()) {
            meta.add(m.siteName());
        }
        addHeader(sb, segs, meta.isEmpty() ? null : String.join("  \u00B7  ", meta), "meta", interner);
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isKept() && !showRemoved) {
                continue;
            }
            List<String> cls = b.isKept() ? List.of("block", "block-" + b.kind().id())
                    : List.of("block", "block-" + b.kind().id(), "removed");
            TextRange r = article.rangeOf(i);
            add(sb, segs, b.text(), interner.intern(cls), i, r == null ? -1 : r.start());
        }
        return new DocumentLayout(sb.toString(), segs, interner);
    }

    private static void addHeader(StringBuilder sb, List<Segment> segs, String text, String cls, StyleInterner in) {
        if (text != null && !text.isBlank()) {
            add(sb, segs, text.strip().replace('\n', ' '), in.intern(List.of("header", cls)), -1, -1);
        }
    }

    private static void add(StringBuilder sb, List<Segment> segs, String text, List<String> cls, int block, int textStart) {
        if (!segs.isEmpty()) {
            sb.append('\n');
        }
        // a block keeps its length so offsets map 1:1; inner newlines would split paragraphs, so they become spaces
        segs.add(new Segment(sb.length(), text.length(), cls, block, textStart));
        sb.append(text.replace('\n', ' '));
    }

    public String areaText() {
        return areaText;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Area offset of the first text character, or 0 when the article has no text. */
    public int firstTextOffset() {
        return textSegments.isEmpty() ? 0 : textSegments.get(0).areaStart();
    }

    /** Area offset of article text offset {@code t} (a separator offset maps to the end of the block before it). */
    public int toArea(int t) {
        int i = textSegmentBefore(t);
        if (i < 0) {
            return textSegments.isEmpty() ? 0 : textSegments.get(0).areaStart();
        }
        Segment s = textSegments.get(i);
        return s.areaStart() + Math.min(t - s.textStart(), s.length());
    }

    /** Article text offset of area offset {@code a}, or -1 when {@code a} is not on text. */
    public int toText(int a) {
        Segment s = segmentAt(a);
        return s == null || !s.inText() ? -1 : s.textStart() + Math.min(a - s.areaStart(), s.length());
    }

    /** The article text covered by the area selection [a, b): clipped to text blocks; null when none. */
    public TextRange toText(int a, int b) {
        int start = -1;
        int end = -1;
        for (Segment s : textSegments) {
            if (s.areaEnd() < a || s.areaStart() > b) {
                continue;
            }
            int from = Math.max(a, s.areaStart());
            int to = Math.min(b, s.areaEnd());
            if (to < from) {
                continue;
            }
            if (start < 0) {
                start = s.textStart() + from - s.areaStart();
            }
            end = s.textStart() + to - s.areaStart();
        }
        return start < 0 || end <= start ? null : new TextRange(start, end);
    }

    /** The segment (paragraph) holding area offset {@code a}, or null. */
    public Segment segmentAt(int a) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (a < s.areaStart()) {
                hi = mid - 1;
            } else if (a > s.areaEnd()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private int textSegmentBefore(int t) {
        int lo = 0;
        int hi = textSegments.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (textSegments.get(mid).textStart() <= t) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /**
     * Style runs for the whole area: each paragraph's base classes merged with the highlight spans
     * (sorted, disjoint, in text offsets). Linear in segments plus spans.
     */
    public List<Run> runs(List<Highlighting.Span> spans) {
        List<Run> out = new ArrayList<>(segments.size() * 2 + spans.size() * 3);
        List<String> none = interner.intern(List.of());
        int k = 0;
        List<String> buf = new ArrayList<>(8);
        for (int si = 0; si < segments.size(); si++) {
            Segment s = segments.get(si);
            if (si > 0) {
                add(out, 1, none);
            }
            if (!s.inText()) {
                add(out, s.length(), s.classes());
                continue;
            }
            int pos = s.textStart();
            int end = s.textStart() + s.length();
            while (k < spans.size() && spans.get(k).end() <= pos) {
                k++;
            }
            int j = k;
            while (pos < end) {
                Highlighting.Span h = j < spans.size() ? spans.get(j) : null;
                if (h == null || h.start() >= end) {
                    add(out, end - pos, s.classes());
                    break;
                }
                if (h.start() > pos) {
                    add(out, h.start() - pos, s.classes());
                    pos = h.start();
                }
                int to = Math.min(h.end(), end);
                buf.clear();
                buf.addAll(s.classes());
                buf.addAll(h.classes());
                add(out, to - pos, interner.intern(buf));
                pos = to;
                if (h.end() <= end) {
                    j++;
                }
            }
            k = j;
        }
        return cjk.length == 0 ? out : withCjk(out);
    }

    /** {@code runs} with the CJK stretches split out and given {@link #CJK_CLASS} as well. */
    private List<Run> withCjk(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size() + cjk.length * 2);
        List<String> buf = new ArrayList<>(8);
        int pos = 0;
        int c = 0;
        for (Run r : runs) {
            int end = pos + r.length();
            int at = pos;
            while (at < end) {
                while (c < cjk.length && cjk[c + 1] <= at) {
                    c += 2;
                }
                if (c >= cjk.length || cjk[c] >= end) {
                    add(out, end - at, r.classes());
                    break;
                }
                if (cjk[c] > at) {
                    add(out, cjk[c] - at, r.classes());
                    at = cjk[c];
                }
                int to = Math.min(end, cjk[c + 1]);
                buf.clear();
                buf.addAll(r.classes());
                buf.add(CJK_CLASS);
                add(out, to - at, interner.intern(buf));
                at = to;
            }
            pos = end;
        }
        return out;
    }

    private static void add(List<Run> out, int length, List<String> classes) {
        if (length <= 0) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).classes() == classes) {
            out.set(last, new Run(out.get(last).length() + length, classes));
        } else {
            out.add(new Run(length, classes));
        }
    }

    /** The smallest stretch where two run lists (over the same text) differ: restyle only that. */
    public record Window(int start, List<Run> runs) {
    }

    /** Null when {@code before} and {@code after} style the text identically. */
    public static Window changed(List<Run> before, List<Run> after) {
        if (before == null || total(before) != total(after)) {
            return new Window(0, after);
        }
        // expand runs to boundaries: compare from the front, then from the back
        int i = 0;
        int start = 0;
        while (i < before.size() && i < after.size() && sameRun(before.get(i), after.get(i))) {
            start += after.get(i).length();
            i++;
        }
        if (i == before.size() && i == after.size()) {
            return null;
        }
        int bi = before.size() - 1;
        int ai = after.size() - 1;
        while (bi > i && ai > i && sameRun(before.get(bi), after.get(ai))) {
            bi--;
            ai--;
        }
        return new Window(start, after.subList(i, ai + 1));
    }

    private static boolean sameRun(Run a, Run b) {
        return a.length() == b.length() && a.classes() == b.classes();
    }

    private static long total(List<Run> runs) {
        long n = 0;
        for (Run r : runs) {
            n += r.length();
        }
        return n;
    }
}
