package org.claimline.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimline.model.Actor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;

/**
 * Three-way merge of annotation sets by claim id: base is the version both sides started from, mine the
 * one in memory, theirs the one found on disk (or a colleague's). A claim changed on one side only takes
 * that change; changed on both sides differently (including edited on one side, deleted on the other) it
 * is a {@link Conflict} for the user. Taxonomy entries merge the same way by id; when both sides changed
 * the same entry mine wins, and an entry still used by a merged claim is never dropped. Pure.
 */
public final class ThreeWayMerge {

    /** How the user settles one conflict. {@code BOTH} keeps mine and adds theirs under a new id. */
    public enum Choice { MINE, THEIRS, BOTH }

    /** A claim both sides changed differently; {@code mine} or {@code theirs} is null where that side deleted it. */
    public record Conflict(String id, Claim base, Claim mine, Claim theirs) {
    }

    /**
     * The merge: {@code merged} holds every non-conflicting result and, for each conflict, mine (or theirs
     * where mine deleted it), so nothing is lost before the user chooses.
     */
    public record Result(AnnotationSet merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean isClean() {
            return conflicts.isEmpty();
        }

        /** The merge with each conflict settled; conflicts missing from {@code choices} keep both. */
        public AnnotationSet resolve(Map<String, Choice> choices, Supplier<String> newId) {
            AnnotationSet out = merged;
            for (Conflict c : conflicts) {
                Choice choice = choices.getOrDefault(c.id(), Choice.BOTH);
                out = out.withoutClaim(c.id());
                Claim keep = switch (choice) {
                    case MINE -> c.mine();
                    case THEIRS -> c.theirs();
                    case BOTH -> c.mine() != null ? c.mine() : c.theirs();
                };
                if (keep != null) {
                    out = out.withClaim(keep);
                }
                if (choice == Choice.BOTH && c.mine() != null && c.theirs() != null) {
                    out = out.withClaim(copyWithId(c.theirs(), newId.get()));
                }
            }
            return out;
        }
    }

    private ThreeWayMerge() {
    }

    public static Result merge(AnnotationSet base, AnnotationSet mine, AnnotationSet theirs) {
        Map<String, Claim> b = byId(base.claims(), Claim::id);
        Map<String, Claim> m = byId(mine.claims(), Claim::id);
        Map<String, Claim> t = byId(theirs.claims(), Claim::id);
        List<Claim> merged = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (String id : union(m.keySet(), t.keySet(), b.keySet())) {
            Claim bc = b.get(id);
            Claim mc = m.get(id);
            Claim tc = t.get(id);
            if (Objects.equals(mc, tc)) {
                add(merged, mc);
            } else if (Objects.equals(mc, bc)) {
                add(merged, tc);
            } else if (Objects.equals(tc, bc)) {
                add(merged, mc);
            } else {
                conflicts.add(new Conflict(id, bc, mc, tc));
                add(merged, mc != null ? mc : tc);
            }
        }
        Taxonomy tax = new Taxonomy(
                mergeEntries(base.taxonomy().issues(), mine.taxonomy().issues(), theirs.taxonomy().issues(), Issue::id),
                mergeEntries(base.taxonomy().actors(), mine.taxonomy().actors(), theirs.taxonomy().actors(), Actor::id));
        tax = keepReferenced(tax, merged, conflicts, List.of(mine.taxonomy(), theirs.taxonomy(), base.taxonomy()));
        return new Result(new AnnotationSet(tax, merged), conflicts);
    }

    private static <T> List<T> mergeEntries(List<T> base, List<T> mine, List<T> theirs, Function<T, String> id) {
        Map<String, T> b = byId(base, id);
        Map<String, T> m = byId(mine, id);
        Map<String, T> t = byId(theirs, id);
        List<T> out = new ArrayList<>();
        // mine's order first (it is what the user sees), then what only theirs added, in their order
        for (String k : union(m.keySet(), t.keySet(), b.keySet())) {
            T bv = b.get(k);
            T mv = m.get(k);
            T tv = t.get(k);
            T result;
            if (Objects.equals(mv, tv) || Objects.equals(tv, bv)) {
                result = mv;
            } else if (Objects.equals(mv, bv)) {
                result = tv;
            } else {
                result = mv != null ? mv : tv;
            }
            if (result != null) {
                out.add(result);
            }
        }
        return out;
    }

    /** Puts back any issue or actor a merged claim still uses but one side had deleted. */
    private static Taxonomy keepReferenced(Taxonomy tax, List<Claim> claims, List<Conflict> conflicts, List<Taxonomy> sources) {
        Set<String> issues = new HashSet<>();
        Set<String> actors = new HashSet<>();
        List<Claim> all = new ArrayList<>(claims);
        conflicts.forEach(c -> {
            add(all, c.mine());
            add(all, c.theirs());
        });
        for (Claim c : all) {
            issues.addAll(c.issueIds());
            actors.addAll(c.actorIds());
        }
        Taxonomy out = tax;
        for (String id : issues) {
            if (out.issue(id).isEmpty()) {
                for (Taxonomy s : sources) {
                    if (s.issue(id).isPresent()) {
                        out = out.withIssue(s.issue(id).get());
                        break;
                    }
                }
            }
        }
        for (String id : actors) {
            if (out.actor(id).isEmpty()) {
                for (Taxonomy s : sources) {
                    if (s.actor(id).isPresent()) {
                        out = out.withActor(s.actor(id).get());
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static Claim copyWithId(Claim c, String id) {
        return new Claim(id, c.anchor(), c.summary(), c.issueIds(), c.actorIds(), c.stance(), c.note(), c.tags(),
                c.created(), c.modified(), c.creator());
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T item : items) {
            m.putIfAbsent(id.apply(item), item);
        }
        return m;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }
}
