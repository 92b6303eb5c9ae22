package org.claimline.model;

import java.util.Objects;

/** A topic a claim is about (GSOMIA, forced labor…). {@code id} is stable across renames; colour is {@code #rrggbb}. */
public record Issue(String id, String name, String color) {
    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    public Issue withName(String n) {
        return new Issue(id, n, color);
    }

    public Issue withColor(String c) {
        return new Issue(id, name, c);
    }
}
