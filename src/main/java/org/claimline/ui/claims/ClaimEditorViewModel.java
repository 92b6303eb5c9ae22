package org.claimline.ui.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.model.Actor;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.session.ReaderSession;
import org.claimline.ui.common.ClaimSelection;
import org.claimline.ui.common.DocumentFeed;
import org.claimline.ui.common.ViewOptions;

/**
 * The editor of the selected claim. Field edits go straight to the session (typing in one field is one
 * undo step); session changes (undo, taxonomy renames) flow back into the fields.
 */
public final class ClaimEditorViewModel {
    private static final int MAX_SUGGESTIONS = 8;

    private final DocumentFeed document;
    private final ClaimSelection selection;
    private final ViewOptions options;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper quote = new ReadOnlyStringWrapper(this, "quote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<Stance> stance = new SimpleObjectProperty<>(this, "stance", Stance.UNCLEAR);
    private final ObservableList<Chip> issues = FXCollections.observableArrayList();
    private final ObservableList<Chip> actors = FXCollections.observableArrayList();
    private boolean syncing;
    private String lastClaimId;

    public ClaimEditorViewModel(DocumentFeed document, ClaimSelection selection, ViewOptions options) {
        this.document = document;
        this.selection = selection;
        this.options = options;
        document.revisionProperty().addListener((o, a, b) -> sync());
        selection.selectedClaimIdProperty().addListener((o, a, b) -> {
            ReaderSession s = document.session();
            if (s != null) {
                s.breakCoalescing();
            }
            sync();
        });
        summary.addListener((o, a, b) -> edit(() -> document.session().setSummary(id(), b)));
        note.addListener((o, a, b) -> edit(() -> document.session().setNote(id(), b)));
        stance.addListener((o, a, b) -> edit(() -> document.session().setStance(id(), b == null ? Stance.UNCLEAR : b)));
        sync();
    }

    private String id() {
        return selection.selectedClaimIdProperty().get();
    }

    private void edit(Runnable r) {
        if (!syncing && active.get() && document.session() != null) {
            r.run();
        }
    }

    private void sync() {
        ReaderSession s = document.session();
        Claim c = s == null || id() == null ? null : s.claim(id()).orElse(null);
        syncing = true;
        try {
            active.set(c != null);
            if (c == null) {
                lastClaimId = null;
                quote.set("");
                status.set("");
                summary.set("");
                note.set("");
                stance.set(Stance.UNCLEAR);
                issues.clear();
                actors.clear();
                return;
            }
            ClaimCard card = ClaimCard.of(c, s.taxonomy());
            quote.set(c.quote());
            status.set(card.statusText());
            if (!c.summary().equals(summary.get()) || !c.id().equals(lastClaimId)) {
                summary.set(c.summary());
            }
            if (!c.note().equals(note.get())) {
                note.set(c.note());
            }
            stance.set(c.stance());
            if (!issues.equals(card.issues())) {
                issues.setAll(card.issues());
            }
            if (!actors.equals(card.actors())) {
                actors.setAll(card.actors());
            }
            lastClaimId = c.id();
        } finally {
            syncing = false;
        }
    }

    /** Tags the claim with the issue called {@code name}, creating it when new (create-on-Enter). */
    public void addIssue(String name) {
        if (active.get() && name != null && !name.isBlank()) {
            document.session().tagIssue(id(), name);
        }
    }

    public void addActor(String name) {
        if (active.get() && name != null && !name.isBlank()) {
            document.session().tagActor(id(), name);
        }
    }

    public void removeIssue(String issueId) {
        if (active.get()) {
            List<String> ids = new ArrayList<>(document.session().claim(id()).orElseThrow().issueIds());
            ids.remove(issueId);
            document.session().setIssues(id(), ids);
        }
    }

    public void removeActor(String actorId) {
        if (active.get()) {
            List<String> ids = new ArrayList<>(document.session().claim(id()).orElseThrow().actorIds());
            ids.remove(actorId);
            document.session().setActors(id(), ids);
        }
    }

    /** Issue names for autocompletion: those starting with {@code prefix} first, then containing it; tagged ones left out. */
    public List<String> issueSuggestions(String prefix) {
        ReaderSession s = document.session();
        if (s == null) {
            return List.of();
        }
        List<String> names = s.taxonomy().issues().stream()
                .filter(i -> issues.stream().noneMatch(ch -> ch.id().equals(i.id()))).map(Issue::name).toList();
        return rank(names, prefix);
    }

    /** Actor names for autocompletion, matching names and aliases. */
    public List<String> actorSuggestions(String prefix) {
        ReaderSession s = document.session();
        if (s == null) {
            return List.of();
        }
        Taxonomy t = s.taxonomy();
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (Actor a : t.actors()) {
            if (actors.stream().anyMatch(ch -> ch.id().equals(a.id()))) {
                continue;
            }
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.name());
            if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(p))) {
                first.add(a.name());
            } else if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(p))) {
                second.add(a.name());
            }
        }
        first.addAll(second);
        return first.subList(0, Math.min(MAX_SUGGESTIONS, first.size()));
    }

    private static List<String> rank(List<String> names, String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.startsWith(p)) {
                first.add(n);
            } else if (l.contains(p)) {
                second.add(n);
            }
        }
        first.addAll(second);
        return first.subList(0, Math.min(MAX_SUGGESTIONS, first.size()));
    }

    public void delete() {
        if (active.get()) {
            document.session().deleteClaim(id());
        }
    }

    /**
     * Whether the editor is folded to its one-line summary (more room for the list in a small window); remembered
     * between launches.
     */
    public javafx.beans.property.BooleanProperty collapsedProperty() {
        if (collapsed == null) {
            collapsed = new javafx.beans.property.SimpleBooleanProperty(this, "collapsed",
                    Boolean.parseBoolean(options.viewOption("editor.collapsed", "false")));
            collapsed.addListener((o, a, b) -> options.rememberViewOption("editor.collapsed", Boolean.toString(b)));
        }
        return collapsed;
    }

    private javafx.beans.property.BooleanProperty collapsed;

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Stance> stanceProperty() {
        return stance;
    }

    public ObservableList<Chip> issues() {
        return issues;
    }

    public ObservableList<Chip> actors() {
        return actors;
    }
}
