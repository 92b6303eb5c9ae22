package org.claimline.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
