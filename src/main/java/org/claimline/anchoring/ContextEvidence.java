package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Context.CONTEXT_EXTRA;
import static org.claimline.anchoring.Tuning.Context.EDGE_ONLY;
import static org.claimline.anchoring.Tuning.Context.FOREIGN_CONTEXT;
import static org.claimline.anchoring.Tuning.Context.INTACT_SIDE;
import static org.claimline.anchoring.Tuning.Context.MIN_REALIGN;
import static org.claimline.anchoring.Tuning.Context.REPEAT_PROBE;
import static org.claimline.anchoring.Tuning.Context.TYPOS;
import static org.claimline.anchoring.Tuning.Context.TYPO_INTACT;
import static org.claimline.anchoring.Tuning.Quote.ONE_SIDED_LENGTH;
import static org.claimline.anchoring.Tuning.Score.W_CONTEXT;
import static org.claimline.anchoring.Tuning.Score.W_QUOTE;
import static org.claimline.anchoring.Tuning.Search.SLACK;

import java.util.HashMap;
import java.util.Map;
import org.claimline.model.Anchor;
import org.claimline.model.TextQuote;

/**
 * The evidence scorers: how well the recorded prefix and suffix agree with a candidate's surroundings, as a
 * whole and within the passage's paragraph or line, and what the recorded context says about the passage's
 * place (at a line edge, a paragraph of its own, cut short by the text's edge). The decision rules read
 * their evidence here; whole-context scores are cached per anchor, as the rules ask again and again.
 */
final class ContextEvidence {
    private final TargetText text;
    private final String raw;
    /** {@link #wholeContext} of the anchor being placed, by candidate. */
    private final Map<Long, double[]> contexts = new HashMap<>();
    private Anchor contextsOf;
    /** {@link #contextsOf}'s recorded prefix and suffix, normalised. */
    private String contextPre;
    private String contextSuf;

    ContextEvidence(TargetText text) {
        this.text = text;
        this.raw = text.raw;
    }

    private NormalizedText norm() {
        return text.norm();
    }

    /**
     * Similarity of the recorded prefix and suffix to the whole context (not only the part inside the
     * paragraph) of normalised text[start, end).
     */
    double[] wholeContext(Anchor a, int start, int end) {
        if (a != contextsOf) {
            contextsOf = a;
            contextPre = NormalizedText.normalize(a.quote().prefix());
            contextSuf = NormalizedText.normalize(a.quote().suffix());
            contexts.clear();
        }
        double[] known = contexts.computeIfAbsent(((long) start << 32) | end, k -> compareWholeContext(a, start, end));
        return known.clone();
    }

    double[] compareWholeContext(Anchor a, int start, int end) {
        String text = norm().text();
        String pre = contextPre;
        String suf = contextSuf;
        // A context shorter than usual ended at the edge of the old text: compare it with as much of the
        // new text as a full one would hold, so "." at the very end does not match ".\n\nMore text".
        boolean preEdge = cutShort(a.quote().prefix(), a.quote().suffix());
        boolean sufEdge = cutShort(a.quote().suffix(), a.quote().prefix());
        int preLength = preEdge ? Math.max(pre.length(), TextQuote.CONTEXT_LENGTH) : pre.length();
        int sufLength = sufEdge ? Math.max(suf.length(), TextQuote.CONTEXT_LENGTH) : suf.length();
        String newPre = text.substring(Math.max(0, start - preLength), start);
        String newSuf = text.substring(end, Math.min(text.length(), end + sufLength));
        double preSim = Alignment.similarity(pre, newPre);
        double sufSim = Alignment.similarity(suf, newSuf);
        // an edit inside a full-length context costs one edit, not two (see Alignment.contextSimilarity)
        if (preSim >= MIN_REALIGN && preSim < 1.0 && !preEdge) {
            preSim = Math.max(preSim, Alignment.contextSimilarity(pre,
                    text.substring(Math.max(0, start - preLength - CONTEXT_EXTRA), start), true));
        }
        if (sufSim >= MIN_REALIGN && sufSim < 1.0 && !sufEdge) {
            sufSim = Math.max(sufSim, Alignment.contextSimilarity(suf,
                    text.substring(end, Math.min(text.length(), end + sufLength + CONTEXT_EXTRA)), false));
        }
        return new double[] {preSim, sufSim};
    }

    /**
     * Whether the recorded prefix holds the quote's own end, or the suffix its own start (as much as
     * {@value Tuning.Context#REPEAT_PROBE} characters of it): the passage is one of a run of repeated lines.
     */
    static boolean contextRepeatsQuote(Anchor a) {
        String q = NormalizedText.normalize(a.quote().exact()).strip();
        int k = Math.min(q.length(), REPEAT_PROBE);
        return k > 0 && (NormalizedText.normalize(a.quote().prefix()).contains(q.substring(q.length() - k))
                || NormalizedText.normalize(a.quote().suffix()).contains(q.substring(0, k)));
    }

    /**
     * Whether the passage was a whole line with the same line right before or after it in the recorded
     * context (only blank lines between).
     */
    static boolean besideItsCopy(Anchor a) {
        if (!recordedAtLineEdge(a, true) || !recordedAtLineEdge(a, false)) {
            return false;
        }
        String q = NormalizedText.normalize(a.quote().exact()).strip();
        String before = a.quote().prefix().stripTrailing();
        String after = a.quote().suffix().stripLeading();
        String lineBefore = before.substring(before.lastIndexOf('\n') + 1);
        int nl = after.indexOf('\n');
        String lineAfter = nl < 0 ? after : after.substring(0, nl);
        return !q.isEmpty() && (q.equals(NormalizedText.normalize(lineBefore).strip())
                && before.lastIndexOf('\n') >= 0 || q.equals(NormalizedText.normalize(lineAfter).strip()) && nl >= 0);
    }

    /** Whether the whole recorded context is intact but for a typo on both sides of {@code c}. */
    boolean wholeIntact(Anchor a, Candidate c) {
        double[] whole = wholeContext(a, c.start(), c.end());
        return whole[0] >= INTACT_SIDE && whole[1] >= INTACT_SIDE;
    }

    /**
     * Whether the whole recorded context, beyond the passage's paragraph too, agrees on both sides with
     * {@code c}'s. Agreement up to a paragraph edge only (a neighbouring paragraph changed) is evidence
     * enough to choose among candidates, not to skip looking for them: a sibling paragraph repeating the
     * passage's sentence (a caption under two photos) agrees as far as its edge just as well.
     */
    boolean wholeContextAgrees(Anchor a, Candidate c) {
        if (c.prefix() < CONTEXT_AGREES || c.suffix() < CONTEXT_AGREES) {
            return false;
        }
        double[] whole = wholeContext(a, c.start(), c.end());
        return whole[0] >= CONTEXT_AGREES && whole[1] >= CONTEXT_AGREES;
    }

    /**
     * Whether the recorded context reached the text's edge on a side: the passage was then told from its
     * copies partly by being first or last, which a moved paragraph changes. Such an anchor is not placed
     * by the shortcuts (unique occurrence with context; recorded range, when the quote recurs) but by
     * comparing its candidates.
     */
    static boolean edgeBound(Anchor a) {
        return cutShort(a.quote().prefix(), a.quote().suffix()) || cutShort(a.quote().suffix(), a.quote().prefix());
    }

    /** Whether a recorded prefix or suffix is shorter than a full context: it reached the text's edge. */
    static boolean atTextEdge(String context) {
        return context.codePointCount(0, context.length()) < TextQuote.CONTEXT_LENGTH;
    }

    /**
     * Whether a context is cut short by the text's edge: shorter than a full context and either saying so
     * with at least one character, or empty while the other side is not (a passage at the very start or
     * end). Both sides empty is a selector without context (optional in the W3C model, as other tools
     * write them): it is compared as it is, which makes it agree.
     */
    static boolean cutShort(String context, String otherSide) {
        return atTextEdge(context) && (!context.isEmpty() || !otherSide.isEmpty());
    }

    /**
     * The prefix compared only up to the line break it contains (or the start of the text), provided the
     * new text breaks at the same place: when a neighbouring paragraph is deleted, moved or inserted,
     * that part of the context legitimately changes while the passage's own paragraph does not.
     * 0 when there is no such break. Text start and line break are the same evidence here, both ways:
     * the new text's start is a paragraph edge (the passage's paragraph moved to the top), and a prefix
     * recorded at the old text's start is a paragraph's start (the first paragraph moved down, or
     * another was inserted above it) — the whole-context comparison still rewards staying at the top.
     */
    double prefixWithinParagraph(String oldPrefix, int rawStart) {
        int nl = oldPrefix.lastIndexOf('\n');
        if (nl < 0 && !atTextEdge(oldPrefix)) {
            return 0.0;
        }
        String own = oldPrefix.substring(nl + 1);
        int newBreak = text.lastBreak(rawStart, own.length() + SLACK);
        // a lone line break where the recorded line went on is a re-wrap, not the line's edge
        while (newBreak >= 0 && !text.isBlankLine(newBreak, -1)
                && NormalizedText.normalize(raw.substring(newBreak, rawStart)).strip().length() < own.strip().length() - 1) {
            newBreak = text.lastBreak(newBreak, own.length() + SLACK - (rawStart - newBreak));
        }
        if (newBreak < 0 && rawStart > own.length() + SLACK) {
            return 0.0;
        }
        return withinParagraph(own,
                NormalizedText.normalize(raw.substring(newBreak + 1, rawStart)));
    }

    /**
     * Similarity of the context's part inside the passage's paragraph. An empty part (the passage
     * starts or ends its paragraph) only says both sit at a paragraph edge: weak evidence, below
     * {@link Tuning.Context#CONTEXT_AGREES}, because boilerplate lines and headings share it.
     */
    static double withinParagraph(String oldPart, String newPart) {
        String o = NormalizedText.normalize(oldPart).strip();
        String n = NormalizedText.normalize(newPart).strip();
        if (o.isEmpty()) {
            return n.isEmpty() ? EDGE_ONLY : 0.0;
        }
        return Alignment.similarity(o, n);
    }

    /** The suffix counterpart of {@link #prefixWithinParagraph}. */
    double suffixWithinParagraph(String oldSuffix, int rawEnd) {
        int nl = oldSuffix.indexOf('\n');
        if (nl < 0 && !atTextEdge(oldSuffix)) {
            return 0.0;
        }
        String own = nl < 0 ? oldSuffix : oldSuffix.substring(0, nl);
        int newBreak = text.nextBreak(rawEnd, own.length() + SLACK);
        while (newBreak >= 0 && !text.isBlankLine(newBreak, 1)
                && NormalizedText.normalize(raw.substring(rawEnd, newBreak)).strip().length() < own.strip().length() - 1) {
            newBreak = text.nextBreak(newBreak + 1, own.length() + SLACK - (newBreak + 1 - rawEnd));
        }
        if (newBreak < 0 && raw.length() - rawEnd > own.length() + SLACK) {
            return 0.0;
        }
        int stop = newBreak < 0 ? raw.length() : newBreak;
        return withinParagraph(own,
                NormalizedText.normalize(raw.substring(rawEnd, stop)));
    }

    /**
     * Whether the recorded context on one side of {@code c} is there intact but for a typo or two: as a
     * whole or within the paragraph but for a few edits, or its part within the passage's line (however
     * short) but for at most {@value Tuning.Context#TYPOS}.
     */
    boolean sideIntact(Anchor a, Candidate c, boolean before) {
        if ((before ? c.prefix() : c.suffix()) >= TYPO_INTACT) {
            return true;
        }
        String context = before ? a.quote().prefix() : a.quote().suffix();
        int nl = before ? context.lastIndexOf('\n') : context.indexOf('\n');
        if (nl < 0) {
            return false;
        }
        int own = before ? context.length() - nl - 1 : nl;
        double within = before ? prefixWithinParagraph(context, norm().originalStart(c.start()))
                : suffixWithinParagraph(context, norm().originalEnd(c.start(), c.end()));
        return (1.0 - within) * Math.max(own, 1) <= TYPOS;
    }

    /**
     * Whether the passage sits at the start ({@code before}) or end of its line (or of the text), both
     * where it was recorded and at {@code c}.
     */
    boolean atLineEdge(Anchor a, Candidate c, boolean before) {
        return recordedAtLineEdge(a, before) && text.foundAtLineEdge(c, before);
    }

    /**
     * Whether the passage was recorded at a line edge on one side but {@code c} sits inside a line there:
     * a passage keeps the lines it starts and ends (edits move, delete or insert whole paragraphs), so
     * this is another passage with the same words.
     */
    boolean lineEdgeLost(Anchor a, Candidate c) {
        return recordedAtLineEdge(a, true) && !text.foundAtLineEdge(c, true)
                || recordedAtLineEdge(a, false) && !text.foundAtLineEdge(c, false);
    }

    /**
     * Whether the recorded context shows the edge of the passage's paragraph (a blank line) on a side, but
     * {@code c} has no line break about as far from it there (or, see {@link #paragraphEdgeGained}, the
     * other way round): the words are in another paragraph (a heading
     * repeated in a sentence, a sentence quoted again). Edits move, insert and delete whole paragraphs; the
     * distance from a passage to its paragraph's edge changes only by the typos and spaces between them.
     */
    boolean paragraphEdgeLost(Anchor a, Candidate c) {
        int s = norm().originalStart(c.start());
        int e = norm().originalEnd(c.start(), c.end());
        return paragraphEdgeLost(a.quote().prefix(), true, s) || paragraphEdgeLost(a.quote().suffix(), false, e)
                || paragraphEdgeGained(a.quote().prefix(), true, s) || paragraphEdgeGained(a.quote().suffix(), false, e);
    }

    /**
     * The converse of {@link #paragraphEdgeLost}: the recorded context runs a whole context's length
     * without a line break on a side (the passage's paragraph went on there), but {@code c} has a blank
     * line well within that length: the words are in another paragraph, say a pull quote repeating the
     * sentence of a deleted paragraph. A re-wrap adds single line breaks only; a context that is mostly
     * spaces (indented text) says nothing about paragraphs.
     */
    boolean paragraphEdgeGained(String context, boolean before, int at) {
        if (context.indexOf('\n') >= 0 || atTextEdge(context) || context.strip().length() < context.length() / 2) {
            return false;
        }
        int reach = context.length() - TYPOS - context.length() / 10;
        int from = before ? Math.max(0, at - reach) : at;
        int to = before ? at : Math.min(raw.length(), at + reach);
        int lastBreak = -1;
        for (int i = from; i < to; i++) {
            char ch = raw.charAt(i);
            if (ch == '\n') {
                if (lastBreak >= 0) {
                    return true;
                }
                lastBreak = i;
            } else if (!NormalizedText.isSpace(ch)) {
                lastBreak = -1;
            }
        }
        return false;
    }

    boolean paragraphEdgeLost(String context, boolean before, int at) {
        int gap = before ? context.lastIndexOf("\n\n") : context.indexOf("\n\n");
        if (gap < 0) {
            return false;
        }
        int d = before ? context.length() - gap - 2 : gap;
        int tolerance = TYPOS + d / 10;
        int from = before ? at - d - tolerance - 1 : at + d - tolerance;
        int to = before ? at - d + tolerance : at + d + tolerance + 1;
        for (int i = Math.max(0, from); i < Math.min(raw.length(), to); i++) {
            if (raw.charAt(i) == '\n') {
                return false;
            }
        }
        return before ? at - d - tolerance > 0 : at + d + tolerance < raw.length();
    }

    /** Whether the recorded context has only spaces between the quote and a line break or the text edge. */
    static boolean recordedAtLineEdge(Anchor a, boolean before) {
        String context = before ? a.quote().prefix() : a.quote().suffix();
        int nl = before ? context.lastIndexOf('\n') : context.indexOf('\n');
        if (nl < 0 && !cutShort(context, before ? a.quote().suffix() : a.quote().prefix())) {
            return false;
        }
        return TargetText.blank(before ? context.substring(nl + 1) : nl < 0 ? context : context.substring(0, nl));
    }

    /** Whether the recorded context shows a blank line (or the text's edge) right before and after the quote. */
    static boolean recordedAsParagraph(Anchor a) {
        return blankLineEdge(a.quote().prefix(), true, a.quote().suffix())
                && blankLineEdge(a.quote().suffix(), false, a.quote().prefix());
    }

    /**
     * Whether the recorded context, past the blank line on one side, runs on without a line break to its
     * end: the neighbouring paragraph there is running text, not another short line.
     */
    static boolean besideRunningText(Anchor a) {
        String pre = a.quote().prefix().stripTrailing();
        String suf = a.quote().suffix().stripLeading();
        return !pre.isBlank() && pre.indexOf('\n') < 0 && !atTextEdge(a.quote().prefix())
                || !suf.isBlank() && suf.indexOf('\n') < 0 && !atTextEdge(a.quote().suffix());
    }

    static boolean blankLineEdge(String context, boolean before, String otherSide) {
        String rest = before ? context.stripTrailing() : context.stripLeading();
        String gap = before ? context.substring(rest.length()) : context.substring(0, context.length() - rest.length());
        long breaks = gap.chars().filter(ch -> ch == '\n').count();
        return breaks >= 2 || rest.isEmpty() && cutShort(context, otherSide);
    }

    /**
     * {@link Candidate#textScore} of {@code c} with a side recorded at the text's edge scored only as a
     * paragraph edge (its part inside the paragraph), so that staying first or last earns nothing.
     */
    double edgeNeutralTextScore(Anchor a, Candidate c) {
        String pre = a.quote().prefix();
        String suf = a.quote().suffix();
        double p = cutShort(pre, suf) ? prefixWithinParagraph(pre, norm().originalStart(c.start())) : c.prefix();
        double s = cutShort(suf, pre) ? suffixWithinParagraph(suf, norm().originalEnd(c.start(), c.end())) : c.suffix();
        return W_QUOTE * c.quote() + W_CONTEXT * (p + s);
    }

    /**
     * Whether the passage sits at the edge of its line (or of the text) on its weaker side, both where it
     * was recorded and at {@code c}: the context on that side changed only beyond a line break.
     */
    boolean weakSideAtLineEdge(Anchor a, Candidate c) {
        return atLineEdge(a, c, c.prefix() < c.suffix());
    }

    /**
     * Whether {@code c} is a short phrase away from where the passage should be, with neither side of its
     * context intact but for a typo or two: a sibling sentence sharing the phrase and some words around it
     * (what a deleted passage leaves behind) reads so, the passage moved with its paragraph does not.
     */
    boolean looseAway(Anchor a, Candidate c) {
        return text.weight(c) < ONE_SIDED_LENGTH && c.position() < 1.0 && !sideIntact(a, c, true)
                && !sideIntact(a, c, false);
    }

    /**
     * Whether the whole recorded context agrees with {@code best} on both sides and with {@code rival} on
     * neither: the rival agrees only within its own line (the same words in a line of their own), not
     * as a neighbour in a list whose contexts a shift by one period leaves reading alike.
     */
    boolean wholeContextTellsApart(Anchor a, Candidate best, Candidate rival) {
        double[] own = wholeContext(a, best.start(), best.end());
        if (own[0] < CONTEXT_AGREES || own[1] < CONTEXT_AGREES) {
            return false;
        }
        double[] other = wholeContext(a, rival.start(), rival.end());
        return other[0] < CONTEXT_AGREES && other[1] < CONTEXT_AGREES;
    }

    /**
     * Whether the side of the recorded context away from the text's edge, whole, is intact at {@code best}
     * while {@code rival} has none of it: the rival agrees only up to its paragraph's edge (a line of its
     * own repeating the passage's), so it is no copy that could have taken the passage's first or last place.
     */
    boolean heldAwayFromEdge(Anchor a, Candidate best, Candidate rival) {
        boolean preEdge = cutShort(a.quote().prefix(), a.quote().suffix());
        boolean sufEdge = cutShort(a.quote().suffix(), a.quote().prefix());
        if (preEdge == sufEdge) {
            return false;
        }
        int side = preEdge ? 1 : 0;
        return wholeContext(a, best.start(), best.end())[side] >= INTACT_SIDE
                && wholeContext(a, rival.start(), rival.end())[side] < FOREIGN_CONTEXT;
    }
}
