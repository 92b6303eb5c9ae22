package org.claimline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The issues (ordered: the order gives colours, keys 1–9 and export grouping) and actors in use. */
public record Taxonomy(List<Issue> issues, List<Actor> actors) {
    public Taxonomy {
        issues = issues == null ? List.of() : List.copyOf(issues);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    public static Taxonomy empty() {
        return new Taxonomy(List.of(), List.of());
    }

    public Optional<Issue> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Issue> issueNamed(String name) {
        return issues.stream().filter(i -> i.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Optional<Actor> actorNamed(String name) {
        return actors.stream().filter(a -> a.isCalled(name)).findFirst();
    }

    public int issueIndex(String id) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Taxonomy withIssue(Issue issue) {
        return new Taxonomy(replaceOrAdd(issues, issue, Issue::id), actors);
    }

    public Taxonomy withActor(Actor actor) {
        return new Taxonomy(issues, replaceOrAdd(actors, actor, Actor::id));
    }

    public Taxonomy withoutIssue(String id) {
        return new Taxonomy(issues.stream().filter(i -> !i.id().equals(id)).toList(), actors);
    }

    public Taxonomy withoutActor(String id) {
        return new Taxonomy(issues, actors.stream().filter(a -> !a.id().equals(id)).toList());
    }

    public Taxonomy mapIssues(UnaryOperator<List<Issue>> f) {
        return new Taxonomy(f.apply(issues), actors);
    }

    private static <T> List<T> replaceOrAdd(List<T> list, T item, java.util.function.Function<T, String> id) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (id.apply(copy.get(i)).equals(id.apply(item))) {
                copy.set(i, item);
                return copy;
            }
        }
        copy.add(item);
        return copy;
    }
}
