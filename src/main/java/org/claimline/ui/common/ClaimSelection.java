package org.claimline.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.claimline.session.ClaimFilter;

/** Port: which claim is selected and which claims the filter shows, shared by the reader, list and editor. */
public interface ClaimSelection {
    /** The selected claim's id, or null. */
    StringProperty selectedClaimIdProperty();

    ObjectProperty<ClaimFilter> filterProperty();
}
