package org.claimline.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.claimline.model.Actor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.ClaimPlacer;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;

/**
 * Merges a colleague's annotations into mine, losing nothing. Claims are matched by id; theirs that I lack
 * are re-anchored into the current text and added; where both have a claim with the same id but different
 * content, the caller picks MINE, THEIRS or KEEP_BOTH per conflict. Taxonomies are unioned: an issue or actor
 * with the same name (ignoring case; for actors also an alias) is the same entry, and their claims are
 * remapped to my ids. Pure: the result is a value the GUI applies as one undo step.
 */
public final class AnnotationMerge {

    public enum Resolution { MINE, THEIRS, KEEP_BOTH }

    /** Same id on both sides, different content. {@code theirs} is already remapped and re-anchored. */
    public record Conflict(Claim mine, Claim theirs) {
        public String id() {
            return mine.id();
        }

        /** What differs, for the dialog that asks: position, quote, summary, issues, actors, stance, note, tags. */
        public List<String> differences() {
            List<String> d = new ArrayList<>();
            if (!Objects.equals(mine.range(), theirs.range())) {
                d.add("position");
            }
            if (!mine.quote().equals(theirs.quote())) {
                d.add("quote");
            }
            if (!mine.summary().equals(theirs.summary())) {
                d.add("summary");
            }
            if (!new LinkedHashSet<>(mine.issueIds()).equals(new LinkedHashSet<>(theirs.issueIds()))) {
                d.add("issues");
            }
            if (!new LinkedHashSet<>(mine.actorIds()).equals(new LinkedHashSet<>(theirs.actorIds()))) {
                d.add("actors");
            }
            if (mine.stance() != theirs.stance()) {
                d.add("stance");
            }
            if (!mine.note().strip().equals(theirs.note().strip())) {
                d.add("note");
            }
            if (!new HashSet<>(mine.tags()).equals(new HashSet<>(theirs.tags()))) {
                d.add("tags");
            }
            return d;
        }
    }

    /**
     * What the merge found. {@link #apply(Map)} gives the merged set; conflicts without a choice keep mine.
     * {@code added} are their new claims (re-anchored), {@code unchanged} counts claims equal on both sides
     * (also a conflict whose "keep both" copy an earlier import of the same file already added).
     * {@code notices} are what the reader of their file reported: annotations skipped or changed, with why.
     */
    public record Result(AnnotationSet mine, Taxonomy taxonomy, List<Claim> added, List<Conflict> conflicts,
                         int unchanged, List<Issue> addedIssues, List<Actor> addedActors, List<String> notices) {

        public Result {
            added = List.copyOf(added);
            conflicts = List.copyOf(conflicts);
            addedIssues = List.copyOf(addedIssues);
            addedActors = List.copyOf(addedActors);
            notices = List.copyOf(notices);
        }

        public Result(AnnotationSet mine, Taxonomy taxonomy, List<Claim> added, List<Conflict> conflicts,
                      int unchanged, List<Issue> addedIssues, List<Actor> addedActors) {
            this(mine, taxonomy, added, conflicts, unchanged, addedIssues, addedActors, List.of());
        }

        /** The same result carrying the import's notices (shown with the summary). */
        public Result withNotices(List<String> n) {
            return new Result(mine, taxonomy, added, conflicts, unchanged, addedIssues, addedActors, n);
        }

        /** One line for the status bar or the merge dialog, e.g. "2 new, 1 conflict, 5 unchanged, 1 new issue". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            parts.add(count(added.size(), "new claim", "new claims"));
            parts.add(count(conflicts.size(), "conflict", "conflicts"));
            parts.add(unchanged + " unchanged");
            if (!addedIssues.isEmpty()) {
                parts.add(count(addedIssues.size(), "new issue", "new issues"));
            }
            if (!addedActors.isEmpty()) {
                parts.add(count(addedActors.size(), "new actor", "new actors"));
            }
            if (!notices.isEmpty()) {
                parts.add(count(notices.size(), "note on the import", "notes on the import"));
            }
            return String.join(", ", parts);
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }

        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }

        /** The merged annotations with every conflict resolved as chosen (MINE when absent from the map). */
        public AnnotationSet apply(Map<String, Resolution> choices) {
            List<Claim> out = new ArrayList<>(mine.claims());
            Set<String> ids = new HashSet<>();
            out.forEach(c -> ids.add(c.id()));
            out.addAll(added);
            added.forEach(c -> ids.add(c.id()));
            for (Conflict k : conflicts) {
                Resolution r = choices.getOrDefault(k.id(), Resolution.MINE);
                switch (r) {
                    case MINE -> { }
                    case THEIRS -> out.replaceAll(c -> c.id().equals(k.id()) ? k.theirs() : c);
                    case KEEP_BOTH -> {
                        String copyId = freshId(k.id(), ids);
                        ids.add(copyId);
                        out.add(new Claim(copyId, k.theirs().anchor(), k.theirs().summary(), k.theirs().issueIds(),
                                k.theirs().actorIds(), k.theirs().stance(), k.theirs().note(), k.theirs().tags(),
                                k.theirs().created(), k.theirs().modified(), k.theirs().creator()));
                    }
                    default -> throw new IllegalStateException(r.name());
                }
            }
            return new AnnotationSet(taxonomy, out);
        }

        /** Every conflict resolved the same way. */
        public AnnotationSet applyAll(Resolution r) {
            Map<String, Resolution> m = new HashMap<>();
            conflicts.forEach(c -> m.put(c.id(), r));
            return apply(m);
        }
    }

    private final ClaimPlacer placer;

    public AnnotationMerge(ClaimPlacer placer) {
        this.placer = Objects.requireNonNull(placer);
    }

    /** Merges {@code theirs} into {@code mine}; {@code currentText} is the article text mine is anchored to. */
    public Result merge(AnnotationSet mine, AnnotationSet theirs, String currentText) {
        Map<String, String> issueMap = new HashMap<>();
        Map<String, String> actorMap = new HashMap<>();
        List<Issue> addedIssues = new ArrayList<>();
        List<Actor> addedActors = new ArrayList<>();
        Taxonomy t = mine.taxonomy();
        for (Issue i : theirs.taxonomy().issues()) {
            var same = t.issueNamed(i.name());
            if (same.isPresent()) {
                issueMap.put(i.id(), same.get().id());
                continue;
            }
            Issue add = i;
            if (t.issue(i.id()).isPresent()) {
                // Same id, different name: two different entries; theirs must not overwrite mine.
                add = new Issue(freshId(i.id(), ids(t.issues().stream().map(Issue::id).toList())), i.name(), i.color());
            }
            issueMap.put(i.id(), add.id());
            addedIssues.add(add);
            t = t.withIssue(add);
        }
        for (Actor a : theirs.taxonomy().actors()) {
            var same = t.actorNamed(a.name());
            if (same.isEmpty()) {
                same = a.aliases().stream().map(t::actorNamed).flatMap(java.util.Optional::stream).findFirst();
            }
            if (same.isPresent()) {
                Actor mineActor = same.get();
                actorMap.put(a.id(), mineActor.id());
                Set<String> aliases = new LinkedHashSet<>(mineActor.aliases());
                if (!mineActor.isCalled(a.name())) {
                    aliases.add(a.name());
                }
                a.aliases().stream().filter(x -> !mineActor.isCalled(x)).forEach(aliases::add);
                if (aliases.size() != mineActor.aliases().size()) {
                    t = t.withActor(mineActor.withAliases(List.copyOf(aliases)));
                }
                continue;
            }
            Actor add = a;
            if (t.actor(a.id()).isPresent()) {
                add = new Actor(freshId(a.id(), ids(t.actors().stream().map(Actor::id).toList())), a.name(), a.aliases());
            }
            actorMap.put(a.id(), add.id());
            addedActors.add(add);
            t = t.withActor(add);
        }

        List<Claim> added = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        int unchanged = 0;
        for (Claim raw : theirs.claims()) {
            Claim c = raw.withIssueIds(remap(raw.issueIds(), issueMap)).withActorIds(remap(raw.actorIds(), actorMap));
            c = c.withAnchor(placer.locate(c.anchor(), currentText));
            var my = mine.claim(c.id());
            if (my.isEmpty()) {
                added.add(c);
            } else if (sameContent(my.get(), c) || hasKeptCopy(mine, c)) {
                unchanged++;
            } else {
                conflicts.add(new Conflict(my.get(), c));
            }
        }
        return new Result(mine.withTaxonomy(t), t, added, conflicts, unchanged, addedIssues, addedActors);
    }

    /**
     * Whether an earlier "keep both" already added their version as a copy (ids {@link #freshId} derives from
     * the claim's id), so importing the same file again adds nothing.
     */
    private static boolean hasKeptCopy(AnnotationSet mine, Claim theirs) {
        for (int n = 1; ; n++) {
            var copy = mine.claim(copyId(theirs.id(), n));
            if (copy.isEmpty()) {
                return false;
            }
            if (sameContent(copy.get(), theirs)) {
                return true;
            }
        }
    }

    /** What the analyst wrote; timestamps and anchoring status are bookkeeping, not content. */
    static boolean sameContent(Claim a, Claim b) {
        return new Conflict(a, b).differences().isEmpty();
    }

    private static List<String> remap(List<String> ids, Map<String, String> map) {
        return List.copyOf(new LinkedHashSet<>(ids.stream().map(id -> map.getOrDefault(id, id)).toList()));
    }

    private static Set<String> ids(List<String> ids) {
        return new HashSet<>(ids);
    }

    /** A new id derived from {@code base} (deterministic, so a merge can be replayed) not in {@code taken}. */
    static String freshId(String base, Set<String> taken) {
        for (int n = 1; ; n++) {
            String id = copyId(base, n);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    private static String copyId(String base, int n) {
        return UUID.nameUUIDFromBytes((base + "#merge-" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
