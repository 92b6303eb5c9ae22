package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Search.COLLISION_SLACK;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.TextRange;

/**
 * The last stage of a run: two claims recorded on different passages cannot both be on the same text now.
 * Where placements overlap but their distance differs from the recorded one (by more than
 * {@link Tuning.Search#COLLISION_SLACK}), at least one of them is wrong, and every one that was not placed
 * with certainty becomes an orphan, decided by {@value #RULE}.
 */
final class CollisionResolver {
    static final String RULE = "collision";

    private CollisionResolver() {
    }

    static void orphanCollisions(List<Anchor> anchors, Placement[] out, boolean[] certain) {
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (!out[i].anchor().isOrphan() && anchors.get(i).range() != null) {
                placed.add(i);
            }
        }
        placed.sort((x, y) -> Integer.compare(out[x].anchor().range().start(), out[y].anchor().range().start()));
        boolean[] drop = new boolean[out.length];
        int[] otherAt = new int[out.length];
        for (int k = 0; k < placed.size(); k++) {
            int i = placed.get(k);
            TextRange ni = out[i].anchor().range();
            for (int l = k + 1; l < placed.size() && out[placed.get(l)].anchor().range().start() < ni.end(); l++) {
                int j = placed.get(l);
                long moved = (long) out[j].anchor().range().start() - ni.start();
                long was = (long) anchors.get(j).range().start() - anchors.get(i).range().start();
                if (Math.abs(moved - was) > COLLISION_SLACK) {
                    if (!certain[i] && !drop[i]) {
                        drop[i] = true;
                        otherAt[i] = out[j].anchor().range().start();
                    }
                    if (!certain[j] && !drop[j]) {
                        drop[j] = true;
                        otherAt[j] = ni.start();
                    }
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (drop[i]) {
                Placement p = out[i];
                out[i] = p.overruledBy(anchors.get(i).orphaned(), 0.0, RULE, "placed by " + p.decidedBy() + " at "
                        + p.anchor().range().start() + ", but another claim recorded elsewhere (now at "
                        + otherAt[i] + ") overlaps it there");
            }
        }
    }
}
