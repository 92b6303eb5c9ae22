package org.claimline.ui.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.model.Actor;
import org.claimline.model.Issue;
import org.claimline.session.IssuePalette;
import org.claimline.session.ReaderSession;
import org.claimline.ui.common.DocumentFeed;

/** The taxonomy dialog: issues (name, colour, key, usage) and actors (name, aliases, usage), edited through the session. */
public final class TaxonomyViewModel {
    /** One issue row. */
    public record IssueRow(String id, String name, String color, int key, int usage) {
    }

    /** One actor row. */
    public record ActorRow(String id, String name, String aliases, int usage) {
    }

    private final DocumentFeed document;
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<ActorRow> actors = FXCollections.observableArrayList();

    public TaxonomyViewModel(DocumentFeed document) {
        this.document = document;
        document.revisionProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        ReaderSession s = document.session();
        List<IssueRow> ir = new ArrayList<>();
        List<ActorRow> ar = new ArrayList<>();
        if (s != null) {
            int[] usage = new int[s.taxonomy().issues().size()];
            s.claims().forEach(c -> c.issueIds().forEach(id -> {
                int i = s.taxonomy().issueIndex(id);
                if (i >= 0) {
                    usage[i]++;
                }
            }));
            for (int i = 0; i < s.taxonomy().issues().size(); i++) {
                Issue is = s.taxonomy().issues().get(i);
                ir.add(new IssueRow(is.id(), is.name(), is.color(), i < 9 ? i + 1 : 0, usage[i]));
            }
            for (Actor a : s.taxonomy().actors()) {
                ar.add(new ActorRow(a.id(), a.name(), String.join(", ", a.aliases()), s.actorUsage(a.id())));
            }
        }
        if (!issues.equals(ir)) {
            issues.setAll(ir);
        }
        if (!actors.equals(ar)) {
            actors.setAll(ar);
        }
    }

    private ReaderSession s() {
        return document.session();
    }

    public void addIssue(String name) {
        if (name != null && !name.isBlank()) {
            s().addIssue(name);
        }
    }

    public void addActor(String name) {
        if (name != null && !name.isBlank()) {
            s().addActor(name);
        }
    }

    public void renameIssue(String id, String name) {
        if (name != null && !name.isBlank()) {
            s().renameIssue(id, name);
        }
    }

    public void renameActor(String id, String name) {
        if (name != null && !name.isBlank()) {
            s().renameActor(id, name);
        }
    }

    /** Sets aliases from a comma-separated list. */
    public void setAliases(String id, String commaSeparated) {
        s().setActorAliases(id, Arrays.asList((commaSeparated == null ? "" : commaSeparated).split(",")));
    }

    /** Returns false (and changes nothing) when {@code color} is not {@code #rrggbb}. */
    public boolean recolorIssue(String id, String color) {
        if (!IssuePalette.isColor(color)) {
            return false;
        }
        s().recolorIssue(id, color);
        return true;
    }

    public void moveIssue(String id, int delta) {
        int i = s().taxonomy().issueIndex(id);
        if (i >= 0) {
            s().moveIssue(id, i + delta);
        }
    }

    public void mergeIssues(String from, String into) {
        s().mergeIssues(from, into);
    }

    public void mergeActors(String from, String into) {
        s().mergeActors(from, into);
    }

    /** The confirmation question for deleting an issue, naming how many claims use it. */
    public String deleteIssueQuestion(String id) {
        String name = s().taxonomy().issue(id).map(Issue::name).orElse(id);
        return question("issue", name, s().issueUsage(id));
    }

    public String deleteActorQuestion(String id) {
        String name = s().taxonomy().actor(id).map(Actor::name).orElse(id);
        return question("actor", name, s().actorUsage(id));
    }

    private static String question(String kind, String name, int n) {
        return "Delete the " + kind + " \u201C" + name + "\u201D? "
                + (n == 0 ? "No claim uses it." : n == 1 ? "1 claim uses it and will lose the tag."
                : n + " claims use it and will lose the tag.") + " You can undo this.";
    }

    public void deleteIssue(String id) {
        s().deleteIssue(id);
    }

    public void deleteActor(String id) {
        s().deleteActor(id);
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ObservableList<ActorRow> actors() {
        return actors;
    }
}
