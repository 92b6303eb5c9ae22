package org.claimline.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Who a claim is about or attributed to (Korea, Moon Jae-in…), with aliases. {@code id} is stable across renames. */
public record Actor(String id, String name, List<String> aliases) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Actor withName(String n) {
        return new Actor(id, n, aliases);
    }

    public Actor withAliases(List<String> a) {
        return new Actor(id, name, a);
    }

    /** Whether {@code s} is this actor's name or one of its aliases, ignoring case. */
    public boolean isCalled(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(k)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(k));
    }
}
