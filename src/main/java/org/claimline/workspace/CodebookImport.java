package org.claimline.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimline.model.Codebook;

/**
 * Merging an imported codebook into the workspace's by name (ignoring case; an actor also by its aliases): what is
 * new is added with a new id, what exists takes the imported colour and description when it brings one, nothing is
 * removed. {@link #preview} lists each change for the user to confirm before {@link #apply}.
 */
public final class CodebookImport {
    public enum Action { ADD, UPDATE, SAME }

    /** One line of the preview: {@code existingId} null for an addition. */
    public record Change(CodebookEdit.Kind kind, String name, Action action, String existingId, String detail) {
    }

    private CodebookImport() {
    }

    public static List<Change> preview(Codebook current, Codebook incoming) {
        List<Change> out = new ArrayList<>();
        for (Codebook.Code c : incoming.issues()) {
            Optional<Codebook.Code> e = current.issueNamed(c.name());
            if (e.isEmpty()) {
                out.add(new Change(CodebookEdit.Kind.ISSUE, c.name(), Action.ADD, null, "new issue"));
            } else {
                Codebook.Code m = merged(e.get(), c);
                out.add(new Change(CodebookEdit.Kind.ISSUE, c.name(), m.equals(e.get()) ? Action.SAME : Action.UPDATE,
                        e.get().id(), m.equals(e.get()) ? "already there" : differences(e.get(), m)));
            }
        }
        for (Codebook.Person p : incoming.actors()) {
            Optional<Codebook.Person> e = current.actorNamed(p.name());
            if (e.isEmpty()) {
                out.add(new Change(CodebookEdit.Kind.ACTOR, p.name(), Action.ADD, null, "new actor"));
            } else {
                Codebook.Person m = merged(e.get(), p);
                out.add(new Change(CodebookEdit.Kind.ACTOR, p.name(), m.equals(e.get()) ? Action.SAME : Action.UPDATE,
                        e.get().id(), m.equals(e.get()) ? "already there" : "description or aliases from the file"));
            }
        }
        return out;
    }

    public static Codebook apply(Codebook current, Codebook incoming) {
        Codebook next = current;
        for (Codebook.Code c : incoming.issues()) {
            Optional<Codebook.Code> e = next.issueNamed(c.name());
            next = next.withIssue(e.isPresent() ? merged(e.get(), c)
                    : new Codebook.Code("issue-" + UUID.randomUUID(), c.name().strip(), c.color(), c.description()));
        }
        for (Codebook.Person p : incoming.actors()) {
            Optional<Codebook.Person> e = next.actorNamed(p.name());
            next = next.withActor(e.isPresent() ? merged(e.get(), p)
                    : new Codebook.Person("actor-" + UUID.randomUUID(), p.name().strip(), p.aliases(), p.description()));
        }
        return next;
    }

    private static Codebook.Code merged(Codebook.Code mine, Codebook.Code theirs) {
        String color = theirs.color() == null || "#888888".equals(theirs.color()) ? mine.color() : theirs.color();
        String description = theirs.description().isEmpty() ? mine.description() : theirs.description();
        return new Codebook.Code(mine.id(), mine.name(), color, description);
    }

    private static Codebook.Person merged(Codebook.Person mine, Codebook.Person theirs) {
        List<String> aliases = new ArrayList<>(mine.aliases());
        for (String a : theirs.aliases()) {
            if (aliases.stream().noneMatch(x -> x.equalsIgnoreCase(a)) && !a.equalsIgnoreCase(mine.name())) {
                aliases.add(a);
            }
        }
        String description = theirs.description().isEmpty() ? mine.description() : theirs.description();
        return new Codebook.Person(mine.id(), mine.name(), aliases, description);
    }

    private static String differences(Codebook.Code before, Codebook.Code after) {
        List<String> d = new ArrayList<>();
        if (!before.color().equals(after.color())) {
            d.add("colour " + before.color() + " → " + after.color());
        }
        if (!before.description().equals(after.description())) {
            d.add("description from the file");
        }
        return String.join(", ", d);
    }
}
