package org.claimline.repository;

import java.util.List;
import java.util.ArrayList;
import org.claimline.anchoring.Anchorer;
import org.claimline.anchoring.Placement;
import org.claimline.model.Anchor;
import org.claimline.model.Claim;
import org.claimline.model.ClaimPlacer;

/** The anchorer behind the {@link ClaimPlacer} port: the only route from annotations to {@link Anchorer}. */
public final class Reanchoring implements ClaimPlacer {
    private final Anchorer anchorer;

    public Reanchoring(Anchorer anchorer) {
        this.anchorer = anchorer;
    }

    public static Reanchoring standard() {
        return new Reanchoring(new Anchorer());
    }

    @Override
    public List<Claim> reanchor(List<Claim> claims, String text) {
        return anchorer.reanchor(claims, text);
    }

    @Override
    public Anchor locate(Anchor recorded, String text) {
        return anchorer.locate(recorded, text);
    }

    /**
     * Where each claim would go in {@code text}, with the pipeline step or rule that decided it ({@code reanchor
     * --explain}); {@link Anchorer#withPlacements} turns them into claims.
     */
    public List<Placement> placements(List<Claim> claims, String text) {
        List<Anchor> anchors = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            anchors.add(c.anchor());
        }
        return anchorer.placeAll(anchors, text, -1);
    }
}
