/**
 * The claims panel: cards in reading order, the filter bar, orphans, and the editor of the selected claim
 * (summary, issue and actor tag fields, stance, note). View-models use javafx.beans/collections only.
 */
package org.claimline.ui.claims;
