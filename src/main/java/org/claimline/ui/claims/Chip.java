package org.claimline.ui.claims;

/** A coloured tag on a card or in a tag field. {@code colorIndex} is -1 for actors (neutral chips). */
public record Chip(String id, String name, int colorIndex) {
}
