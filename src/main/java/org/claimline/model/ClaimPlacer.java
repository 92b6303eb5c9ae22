package org.claimline.model;

import java.util.List;

/**
 * Places recorded passages in a text: the port through which everything that needs re-anchoring reaches the
 * anchorer. The one implementation is {@code repository.Reanchoring}; the session and the merges take it from the
 * annotation repository, and tests count calls through it.
 */
public interface ClaimPlacer {

    /** Every claim re-placed in {@code text}; orphans stay in the list, never dropped. */
    List<Claim> reanchor(List<Claim> claims, String text);

    /** Where {@code recorded} (recorded against some earlier text) belongs in {@code text}. */
    Anchor locate(Anchor recorded, String text);
}
