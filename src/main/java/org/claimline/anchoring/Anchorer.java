package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;

/**
 * Places claims in a (possibly changed) article text. Pure and stateless.
 * (Initial version: position check and first exact occurrence; the full strategy replaces the internals.)
 */
public final class Anchorer {

    /** Where {@code old} (recorded against some earlier text) belongs in {@code newText}. */
    public Anchor locate(Anchor old, String newText) {
        String exact = old.quote().exact();
        TextRange r = old.range();
        if (r != null && r.end() <= newText.length() && newText.startsWith(exact, r.start())) {
            return new Anchor(old.quote(), r, AnchorStatus.ANCHORED, 1.0);
        }
        int at = exact.isEmpty() ? -1 : newText.indexOf(exact);
        if (at >= 0) {
            return new Anchor(old.quote(), new TextRange(at, at + exact.length()), AnchorStatus.MOVED, 1.0);
        }
        return old.orphaned();
    }

    /** Every claim re-placed in {@code newText}; orphans stay in the list, never dropped. */
    public List<Claim> reanchor(List<Claim> claims, String newText) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(c.withAnchor(locate(c.anchor(), newText)));
        }
        return out;
    }
}
