/**
 * The taxonomy dialog: issues (name, colour, key) and actors (name, aliases) edited through the session,
 * so every change is one undo step.
 */
package org.claimline.ui.taxonomy;
