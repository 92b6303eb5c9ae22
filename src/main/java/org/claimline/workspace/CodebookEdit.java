package org.claimline.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Codebook;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;

/**
 * One change to a workspace's codebook that reaches every sidecar: rename, recolour, merge or delete of an issue
 * or actor. Applying an edit twice gives what applying it once gives, so an interrupted propagation is resumed by
 * applying it again to every sidecar not yet done. Edits are written to the journal as one line ({@link #encode}).
 */
public sealed interface CodebookEdit {
    enum Kind { ISSUE, ACTOR }

    Kind kind();

    /** The codebook after this edit. */
    Codebook applyTo(Codebook cb);

    /** One sidecar's annotations after this edit ({@code after}: the codebook after it). */
    AnnotationSet applyTo(AnnotationSet set, Codebook after);

    /** What the edit does, for the progress bar and the undo menu. */
    String describe();

    /** The sidecar {@code rel}'s annotations after this edit; edits that undo per file (a restore) use {@code rel}. */
    default AnnotationSet applyTo(String rel, AnnotationSet set, Codebook after) {
        return applyTo(set, after);
    }

    /** Renames the issue or actor {@code id}. */
    record Rename(Kind kind, String id, String name) implements CodebookEdit {
        @Override
        public Codebook applyTo(Codebook cb) {
            return kind == Kind.ISSUE
                    ? cb.issue(id).map(c -> cb.withIssue(new Codebook.Code(id, name, c.color(), c.description()))).orElse(cb)
                    : cb.actor(id).map(p -> cb.withActor(new Codebook.Person(id, name, p.aliases(), p.description()))).orElse(cb);
        }

        @Override
        public AnnotationSet applyTo(AnnotationSet set, Codebook after) {
            Taxonomy t = set.taxonomy();
            if (kind == Kind.ISSUE) {
                return t.issue(id).map(i -> set.withTaxonomy(t.withIssue(i.withName(name)))).orElse(set);
            }
            return t.actor(id).map(a -> set.withTaxonomy(t.withActor(a.withName(name)))).orElse(set);
        }

        @Override
        public String describe() {
            return "Rename to “" + name + "”";
        }

        @Override
        public List<String> fields() {
            return List.of("rename", kind.name(), id, name);
        }
    }

    /** Gives the issue {@code id} a new colour ({@code #rrggbb}). */
    record Recolour(String id, String color) implements CodebookEdit {
        @Override
        public Kind kind() {
            return Kind.ISSUE;
        }

        @Override
        public Codebook applyTo(Codebook cb) {
            return cb.issue(id).map(c -> cb.withIssue(new Codebook.Code(id, c.name(), color, c.description()))).orElse(cb);
        }

        @Override
        public AnnotationSet applyTo(AnnotationSet set, Codebook after) {
            Taxonomy t = set.taxonomy();
            return t.issue(id).map(i -> set.withTaxonomy(t.withIssue(i.withColor(color)))).orElse(set);
        }

        @Override
        public String describe() {
            return "Recolour";
        }

        @Override
        public List<String> fields() {
            return List.of("recolour", Kind.ISSUE.name(), id, color);
        }
    }

    /** Folds {@code fromId} into {@code intoId}: claims tagged with the first are tagged with the second. */
    record Merge(Kind kind, String fromId, String intoId) implements CodebookEdit {
        @Override
        public Codebook applyTo(Codebook cb) {
            return kind == Kind.ISSUE ? cb.withoutIssue(fromId) : cb.withoutActor(fromId);
        }

        @Override
        public AnnotationSet applyTo(AnnotationSet set, Codebook after) {
            Taxonomy t = set.taxonomy();
            boolean present = kind == Kind.ISSUE ? t.issue(fromId).isPresent() : t.actor(fromId).isPresent();
            boolean used = set.claims().stream().anyMatch(c -> ids(c).contains(fromId));
            if (!present && !used) {
                return set;
            }
            List<Claim> claims = new ArrayList<>();
            for (Claim c : set.claims()) {
                if (!ids(c).contains(fromId)) {
                    claims.add(c);
                    continue;
                }
                LinkedHashSet<String> next = new LinkedHashSet<>();
                for (String i : ids(c)) {
                    next.add(i.equals(fromId) ? intoId : i);
                }
                claims.add(withIds(c, List.copyOf(next)));
            }
            Taxonomy nt;
            if (kind == Kind.ISSUE) {
                nt = t.withoutIssue(fromId);
                if (nt.issue(intoId).isEmpty()) {
                    Issue into = after.issue(intoId).map(Codebook.Code::toIssue)
                            .orElseGet(() -> t.issue(fromId).map(i -> new Issue(intoId, i.name(), i.color())).orElse(null));
                    nt = into == null ? nt : nt.withIssue(into);
                }
            } else {
                nt = t.withoutActor(fromId);
                if (nt.actor(intoId).isEmpty()) {
                    org.claimline.model.Actor into = after.actor(intoId).map(Codebook.Person::toActor).orElse(null);
                    nt = into == null ? nt : nt.withActor(into);
                }
            }
            return new AnnotationSet(nt, claims);
        }

        private List<String> ids(Claim c) {
            return kind == Kind.ISSUE ? c.issueIds() : c.actorIds();
        }

        private Claim withIds(Claim c, List<String> ids) {
            return kind == Kind.ISSUE ? c.withIssueIds(ids) : c.withActorIds(ids);
        }

        @Override
        public String describe() {
            return "Merge";
        }

        @Override
        public List<String> fields() {
            return List.of("merge", kind.name(), fromId, intoId);
        }
    }

    /** Removes {@code id} from the codebook and from every claim tagged with it (the claims stay). */
    record Delete(Kind kind, String id) implements CodebookEdit {
        @Override
        public Codebook applyTo(Codebook cb) {
            return kind == Kind.ISSUE ? cb.withoutIssue(id) : cb.withoutActor(id);
        }

        @Override
        public AnnotationSet applyTo(AnnotationSet set, Codebook after) {
            Taxonomy t = set.taxonomy();
            List<Claim> claims = set.claims().stream().map(c -> kind == Kind.ISSUE
                    ? (c.issueIds().contains(id) ? c.withIssueIds(c.issueIds().stream().filter(i -> !i.equals(id)).toList()) : c)
                    : (c.actorIds().contains(id) ? c.withActorIds(c.actorIds().stream().filter(i -> !i.equals(id)).toList()) : c))
                    .toList();
            return new AnnotationSet(kind == Kind.ISSUE ? t.withoutIssue(id) : t.withoutActor(id), claims);
        }

        @Override
        public String describe() {
            return "Delete";
        }

        @Override
        public List<String> fields() {
            return List.of("delete", kind.name(), id);
        }
    }


    /**
     * Undoes a merge ({@code intoId} set) or a delete: the entry goes back into the codebook at its place, and each
     * sidecar the edit changed gets back its entry and, on each claim it touched, the tag it had (at its place; the
     * merge's target tag is taken off the claims that did not have it). Idempotent, like every edit: a second
     * application finds everything in place.
     */
    record Restore(Kind kind, String id, String intoId, Codebook.Code issue, Codebook.Person actor, int position,
                   Map<String, Before> sidecars) implements CodebookEdit {
        public Restore {
            sidecars = Map.copyOf(sidecars);
        }

        /**
         * One sidecar as the merge or delete found it: its entry ({@code issue} or {@code actor}, null when it had
         * none) and the place of it, whether the merge added the target entry to it, and the tags of each claim
         * it changed.
         */
        public record Before(Issue issue, org.claimline.model.Actor actor, int position, boolean intoAdded,
                             Map<String, List<String>> claims) {
            public Before {
                claims = Map.copyOf(claims);
            }

            /** What {@code set} held before {@code edit} (a merge or delete) changed it; null when it changes nothing. */
            static Before of(CodebookEdit edit, AnnotationSet set) {
                Kind kind = edit.kind();
                String id = edit instanceof Merge m ? m.fromId() : edit instanceof Delete d ? d.id() : null;
                if (id == null) {
                    return null;
                }
                Taxonomy t = set.taxonomy();
                Issue issue = kind == Kind.ISSUE ? t.issue(id).orElse(null) : null;
                org.claimline.model.Actor actor = kind == Kind.ACTOR ? t.actor(id).orElse(null) : null;
                List<String> order = kind == Kind.ISSUE ? t.issues().stream().map(Issue::id).toList()
                        : t.actors().stream().map(org.claimline.model.Actor::id).toList();
                boolean intoAdded = edit instanceof Merge m && !order.contains(m.intoId());
                Map<String, List<String>> claims = new LinkedHashMap<>();
                for (Claim c : set.claims()) {
                    List<String> ids = kind == Kind.ISSUE ? c.issueIds() : c.actorIds();
                    if (ids.contains(id)) {
                        claims.put(c.id(), ids);
                    }
                }
                if (issue == null && actor == null && claims.isEmpty()) {
                    return null;
                }
                return new Before(issue, actor, order.indexOf(id), intoAdded, claims);
            }
        }

        /** The undo of {@code edit} (a merge or delete), given the codebook before it and each sidecar's before. */
        static Restore of(CodebookEdit edit, Codebook before, Map<String, Before> sidecars) {
            Kind kind = edit.kind();
            String id = edit instanceof Merge m ? m.fromId() : ((Delete) edit).id();
            String into = edit instanceof Merge m ? m.intoId() : null;
            List<String> order = kind == Kind.ISSUE ? before.issues().stream().map(Codebook.Code::id).toList()
                    : before.actors().stream().map(Codebook.Person::id).toList();
            return new Restore(kind, id, into, kind == Kind.ISSUE ? before.issue(id).orElse(null) : null,
                    kind == Kind.ACTOR ? before.actor(id).orElse(null) : null, order.indexOf(id), sidecars);
        }

        @Override
        public Codebook applyTo(Codebook cb) {
            if (issue != null && cb.issue(id).isEmpty()) {
                List<Codebook.Code> l = new ArrayList<>(cb.issues());
                l.add(clamp(position, l.size()), issue);
                return new Codebook(l, cb.actors());
            }
            if (actor != null && cb.actor(id).isEmpty()) {
                List<Codebook.Person> l = new ArrayList<>(cb.actors());
                l.add(clamp(position, l.size()), actor);
                return new Codebook(cb.issues(), l);
            }
            return cb;
        }

        @Override
        public AnnotationSet applyTo(AnnotationSet set, Codebook after) {
            return set; // only the sidecars the undone edit changed are restored, by name
        }

        @Override
        public AnnotationSet applyTo(String rel, AnnotationSet set, Codebook after) {
            Before b = sidecars.get(rel);
            if (b == null) {
                return set;
            }
            List<Claim> claims = new ArrayList<>(set.claims().size());
            for (Claim c : set.claims()) {
                List<String> was = b.claims().get(c.id());
                if (was == null) {
                    claims.add(c);
                    continue;
                }
                List<String> now = new ArrayList<>(kind == Kind.ISSUE ? c.issueIds() : c.actorIds());
                if (intoId != null && !was.contains(intoId)) {
                    now.remove(intoId);
                }
                if (!now.contains(id)) {
                    now.add(clamp(was.indexOf(id), now.size()), id);
                }
                claims.add(kind == Kind.ISSUE ? c.withIssueIds(List.copyOf(now)) : c.withActorIds(List.copyOf(now)));
            }
            Taxonomy t = set.taxonomy();
            if (kind == Kind.ISSUE) {
                if (b.issue() != null && t.issue(id).isEmpty()) {
                    List<Issue> l = new ArrayList<>(t.issues());
                    l.add(clamp(b.position(), l.size()), b.issue());
                    t = new Taxonomy(l, t.actors());
                }
                if (intoId != null && b.intoAdded() && claims.stream().noneMatch(c -> c.issueIds().contains(intoId))) {
                    t = t.withoutIssue(intoId);
                }
            } else {
                if (b.actor() != null && t.actor(id).isEmpty()) {
                    List<org.claimline.model.Actor> l = new ArrayList<>(t.actors());
                    l.add(clamp(b.position(), l.size()), b.actor());
                    t = new Taxonomy(t.issues(), l);
                }
                if (intoId != null && b.intoAdded() && claims.stream().noneMatch(c -> c.actorIds().contains(intoId))) {
                    t = t.withoutActor(intoId);
                }
            }
            AnnotationSet out = new AnnotationSet(t, claims);
            return out.equals(set) ? set : out;
        }

        private static int clamp(int i, int size) {
            return i < 0 ? size : Math.min(i, size);
        }

        @Override
        public String describe() {
            return intoId != null ? "Undo the merge" : "Undo the delete";
        }

        @Override
        public List<String> fields() {
            List<String> f = new ArrayList<>(List.of("restore", kind.name(), id, intoId == null ? "" : intoId,
                    issue != null ? pack(issue.id(), issue.name(), issue.color(), issue.description())
                            : actor != null ? pack(actor.id(), actor.name(), pack(actor.aliases()), actor.description()) : "",
                    Integer.toString(position)));
            sidecars.forEach((rel, b) -> {
                List<String> cs = new ArrayList<>();
                b.claims().forEach((claim, ids) -> cs.add(pack(claim, pack(ids))));
                f.add(pack(rel, b.issue() != null ? pack(b.issue().id(), b.issue().name(), b.issue().color())
                                : b.actor() != null ? pack(b.actor().id(), b.actor().name(), pack(b.actor().aliases())) : "",
                        Integer.toString(b.position()), Boolean.toString(b.intoAdded()), pack(cs)));
            });
            return f;
        }

        static Restore decode(Kind kind, List<String> f) {
            String id = f.get(2);
            String into = f.get(3).isEmpty() ? null : f.get(3);
            List<String> e = unpack(f.get(4));
            Codebook.Code issue = kind == Kind.ISSUE && e.size() == 4 ? new Codebook.Code(e.get(0), e.get(1), e.get(2), e.get(3)) : null;
            Codebook.Person actor = kind == Kind.ACTOR && e.size() == 4
                    ? new Codebook.Person(e.get(0), e.get(1), unpack(e.get(2)), e.get(3)) : null;
            Map<String, Before> sidecars = new LinkedHashMap<>();
            for (String s : f.subList(6, f.size())) {
                List<String> b = unpack(s);
                List<String> en = unpack(b.get(1));
                Map<String, List<String>> claims = new LinkedHashMap<>();
                for (String c : unpack(b.get(4))) {
                    List<String> kv = unpack(c);
                    claims.put(kv.get(0), unpack(kv.get(1)));
                }
                sidecars.put(b.get(0), new Before(
                        kind == Kind.ISSUE && en.size() == 3 ? new Issue(en.get(0), en.get(1), en.get(2)) : null,
                        kind == Kind.ACTOR && en.size() == 3 ? new org.claimline.model.Actor(en.get(0), en.get(1), unpack(en.get(2))) : null,
                        Integer.parseInt(b.get(2)), Boolean.parseBoolean(b.get(3)), claims));
            }
            return new Restore(kind, id, into, issue, actor, Integer.parseInt(f.get(5)), sidecars);
        }
    }

    /** Several values as one journal field (each escaped, joined by tabs); {@link #unpack} reverses it. */
    private static String pack(String... values) {
        return pack(List.of(values));
    }

    private static String pack(List<String> values) {
        return String.join("\t", values.stream().map(CodebookEdit::escape).toList());
    }

    private static List<String> unpack(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : s.split("\t", -1)) {
            out.add(unescape(v));
        }
        return out;
    }

    /** The journal fields of this edit: verb, kind, then its values. */
    List<String> fields();

    /** One journal line: fields separated by tabs, tabs, newlines and backslashes escaped. */
    default String encode() {
        return String.join("\t", fields().stream().map(CodebookEdit::escape).toList());
    }

    static CodebookEdit decode(String line) {
        String[] raw = line.split("\t", -1);
        List<String> f = new ArrayList<>();
        for (String s : raw) {
            f.add(unescape(s));
        }
        if (f.size() < 3) {
            throw new IllegalArgumentException("not an edit: " + line);
        }
        Kind k = Kind.valueOf(f.get(1));
        return switch (f.get(0)) {
            case "rename" -> new Rename(k, f.get(2), f.get(3));
            case "recolour" -> new Recolour(f.get(2), f.get(3));
            case "merge" -> new Merge(k, f.get(2), f.get(3));
            case "delete" -> new Delete(k, f.get(2));
            case "restore" -> Restore.decode(k, f);
            default -> throw new IllegalArgumentException("not an edit: " + line);
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
