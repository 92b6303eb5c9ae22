package org.claimline.ui.claims;

/** An issue with the number of claims tagged with it; {@code key} is 1–9 or 0 when it has no key. */
public record IssueCount(String id, String name, int colorIndex, int count, int key) {
}
