package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Search.LANDMARK_PASSES;
import static org.claimline.anchoring.Tuning.Search.STRIDE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.claimline.model.Anchor;
import org.claimline.model.Claim;

/**
 * Places claims in a (possibly changed) article text. Pure and stateless.
 *
 * <p>A pipeline (see anchoring.md): (1) the recorded range still holds the quote, or holds it as far from
 * there as the passages either side moved → placed; (2) the only verbatim occurrence with its whole context
 * → placed; these are the landmarks. (3) For the rest, {@link CandidateSearch} generates candidates (exact
 * occurrences in the normalised text, then approximate ones by Myers bit-parallel search in regions a q-gram
 * index proposes), the {@link ContextEvidence} scorers score each ({@code 0.5} × quote similarity +
 * {@code 0.2} × prefix and suffix similarity each + {@code 0.1} × position agreement), {@link CandidateFilter}
 * drops those the landmarks place elsewhere and merges copies in a repeated paragraph, and the named rules of
 * {@link DecisionPipeline} accept a candidate or veto the placement, each with a reason. Two
 * indistinguishable candidates never get a coin toss: the claim becomes an orphan, because attaching a
 * claim to the wrong passage is worse than asking the user. (4) Orphans get more passes with the placements
 * made so far as landmarks. (5) {@link CollisionResolver}: two placements of different passages on the same
 * text cannot both stand; the uncertain ones become orphans. Every {@link Placement} names the step or rule
 * that decided it.
 *
 * <p>Position: the old offset is projected through the landmarks and the document ends; the shifts of the
 * landmarks either side bound where the passage can now be. Landmarks that kept their distance also map a
 * candidate back to the old text: a candidate that was other old text is dropped, one that was the passage's
 * old place is taken. A landmark on one side only says where the passage is if it stayed in the landmark's
 * paragraph: enough to doubt a verbatim copy elsewhere, never to take a place (the landmark may sit in a copy
 * of the paragraph).
 */
public final class Anchorer {
    /** Where {@code old} (recorded against some earlier text) belongs in {@code newText}. */
    public Anchor locate(Anchor old, String newText) {
        return place(old, newText, -1).anchor();
    }

    /** Like {@link #locate} with the old text's length (UTF-16 units, -1 if unknown) to scale positions. */
    public Placement place(Anchor old, String newText, int oldTextLength) {
        Placer t = new Placer(newText, oldTextLength);
        Placement p = t.atRecordedRange(old);
        return p != null ? p : t.place(old, Landmarks.NONE);
    }

    /**
     * Every claim re-placed in {@code newText}; orphans stay in the list, never dropped. A claim found where it
     * was recorded, with the quote and context it was recorded with, keeps its anchor as it was, status
     * included: a claim an earlier re-anchoring moved or matched approximately stays marked so until it is
     * re-attached, however often the same text is opened.
     */
    public List<Claim> reanchor(List<Claim> claims, String newText) {
        return reanchor(claims, newText, -1);
    }

    /** Like {@link #reanchor(List, String)} knowing the old text's length (-1 if unknown). */
    public List<Claim> reanchor(List<Claim> claims, String newText, int oldTextLength) {
        List<Anchor> anchors = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            anchors.add(c.anchor());
        }
        return withPlacements(claims, placeAll(anchors, newText, oldTextLength));
    }

    /**
     * The claims with the anchors {@link #placeAll} gave them (one placement per claim, in order), as
     * {@link #reanchor(List, String)} keeps them: a claim found where it was recorded, with the quote it was
     * recorded with, stays as it was.
     */
    public static List<Claim> withPlacements(List<Claim> claims, List<Placement> placed) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Anchor was = claims.get(i).anchor();
            Anchor now = placed.get(i).anchor();
            boolean unchanged = now.range() != null && now.range().equals(was.range()) && now.quote().equals(was.quote());
            out.add(unchanged ? claims.get(i) : claims.get(i).withAnchor(now));
        }
        return out;
    }

    /**
     * Places all anchors of one document at once: those that are certain (recorded range intact, or a
     * unique verbatim occurrence with matching context) first, then the rest using the first as landmarks.
     */
    public List<Placement> placeAll(List<Anchor> anchors, String newText, int oldTextLength) {
        Placement[] out = new Placement[anchors.size()];
        Placer t = new Placer(newText, oldTextLength);
        List<long[]> marks = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = t.atRecordedRange(anchors.get(i));
            if (out[i] != null) {
                marks.add(new long[] {anchors.get(i).range().start(), out[i].anchor().range().start()});
            }
        }
        Landmarks recorded = new Landmarks(marks);
        // Step 2: a unique verbatim occurrence with its context. A block of text that moved as a whole costs no
        // search for most of its passages, though: every STRIDE-th one is searched first, and a passage between
        // two found ones that moved by the same distance is checked that distance from its recorded range (step 1
        // shifted along with its neighbours) before it is searched for.
        TreeMap<Integer, Integer> moved = new TreeMap<>();
        for (long[] m : marks) {
            moved.put((int) m[0], (int) (m[1] - m[0]));
        }
        Integer[] order = inRecordedOrder(anchors);
        for (int pass = 0; pass < 2; pass++) {
            int k = 0;
            for (int i : order) {
                Anchor a = anchors.get(i);
                if (out[i] != null || a.range() == null || pass == 0 && k++ % STRIDE != 0) {
                    continue;
                }
                int o = a.range().start();
                var before = moved.floorEntry(o);
                var after = moved.higherEntry(o);
                if (pass == 1 && before != null && after != null && before.getValue() != 0
                        && before.getValue().equals(after.getValue())) {
                    out[i] = t.atRecordedRange(a, before.getValue());
                }
                if (out[i] == null) {
                    out[i] = t.uniqueWithContext(a, recorded);
                }
                if (out[i] != null) {
                    moved.put(o, out[i].anchor().range().start() - o);
                    marks.add(new long[] {o, out[i].anchor().range().start()});
                }
            }
        }
        boolean[] certain = new boolean[out.length];
        for (int i = 0; i < out.length; i++) {
            certain[i] = out[i] != null;
        }
        Landmarks all = new Landmarks(marks);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = t.place(anchors.get(i), all);
            }
        }
        // Placements made with the first landmarks are landmarks too, so the orphans get another try with
        // more of them: the landmarks either side of a passage may now say where its text is or was.
        for (int pass = 0; pass < LANDMARK_PASSES; pass++) {
            List<long[]> more = new ArrayList<>(marks);
            for (int i = 0; i < out.length; i++) {
                if (!certain[i] && !out[i].anchor().isOrphan() && anchors.get(i).range() != null) {
                    more.add(new long[] {anchors.get(i).range().start(), out[i].anchor().range().start()});
                }
            }
            Landmarks richer = new Landmarks(more);
            boolean placedMore = false;
            for (int i = 0; i < out.length; i++) {
                if (out[i].anchor().isOrphan()) {
                    out[i] = t.place(anchors.get(i), richer);
                    placedMore |= !out[i].anchor().isOrphan();
                }
            }
            if (!placedMore) {
                break;
            }
        }
        CollisionResolver.orphanCollisions(anchors, out, certain);
        return Arrays.asList(out);
    }

    /** The anchors' indices by recorded start (those without a range first), ties in list order. */
    private static Integer[] inRecordedOrder(List<Anchor> anchors) {
        Integer[] order = new Integer[anchors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(start(anchors.get(x)), start(anchors.get(y))));
        return order;
    }

    private static int start(Anchor a) {
        return a.range() == null ? -1 : a.range().start();
    }
}
