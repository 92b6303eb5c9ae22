package org.claimline.ui;

/**
 * The desktop's export and import, as the app wires it: the document controller's {@link
 * org.claimline.document.Sharing} port under the name the app has always implemented.
 */
public interface Sharing extends org.claimline.document.Sharing {
}
