package org.claimline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace's one code system: every issue (name, colour, definition) and actor (name, aliases, description)
 * the articles of a folder may use. Ids are those the sidecars record, stable across renames. Immutable.
 */
public record Codebook(List<Code> issues, List<Person> actors) {

    /** An issue of the codebook: {@code color} is {@code #rrggbb}, {@code description} may be empty. */
    public record Code(String id, String name, String color, String description) {
        public Code {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            color = color == null || color.isBlank() ? "#888888" : color;
            description = description == null ? "" : description;
        }

        public Issue toIssue() {
            return new Issue(id, name, color);
        }
    }

    /** An actor of the codebook. */
    public record Person(String id, String name, List<String> aliases, String description) {
        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            description = description == null ? "" : description;
        }

        public Actor toActor() {
            return new Actor(id, name, aliases);
        }

        boolean isCalled(String s) {
            return toActor().isCalled(s);
        }
    }

    public Codebook {
        issues = issues == null ? List.of() : List.copyOf(issues);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    public static Codebook empty() {
        return new Codebook(List.of(), List.of());
    }

    public boolean isEmpty() {
        return issues.isEmpty() && actors.isEmpty();
    }

    public Optional<Code> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Person> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Code> issueNamed(String name) {
        String k = name.trim().toLowerCase(Locale.ROOT);
        return issues.stream().filter(i -> i.name().trim().toLowerCase(Locale.ROOT).equals(k)).findFirst();
    }

    public Optional<Person> actorNamed(String name) {
        return actors.stream().filter(a -> a.isCalled(name)).findFirst();
    }

    /** The codebook as the taxonomy a sidecar records. */
    public Taxonomy toTaxonomy() {
        return new Taxonomy(issues.stream().map(Code::toIssue).toList(), actors.stream().map(Person::toActor).toList());
    }

    /** Adds the issue, or replaces the one with its id (keeping its place). */
    public Codebook withIssue(Code c) {
        List<Code> copy = new ArrayList<>(issues);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(c.id())) {
                copy.set(i, c);
                return new Codebook(copy, actors);
            }
        }
        copy.add(c);
        return new Codebook(copy, actors);
    }

    /** Adds the actor, or replaces the one with its id (keeping its place). */
    public Codebook withActor(Person p) {
        List<Person> copy = new ArrayList<>(actors);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(p.id())) {
                copy.set(i, p);
                return new Codebook(issues, copy);
            }
        }
        copy.add(p);
        return new Codebook(issues, copy);
    }

    public Codebook withoutIssue(String id) {
        return new Codebook(issues.stream().filter(i -> !i.id().equals(id)).toList(), actors);
    }

    public Codebook withoutActor(String id) {
        return new Codebook(issues, actors.stream().filter(a -> !a.id().equals(id)).toList());
    }
}
