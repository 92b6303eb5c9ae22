package org.claimline.ui.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.model.Actor;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.claimline.session.ClaimFilter;
import org.claimline.session.Highlighting;
import org.claimline.session.ReaderSession;
import org.claimline.ui.common.ClaimSelection;
import org.claimline.ui.common.DocumentFeed;
import org.claimline.ui.common.ViewOptions;

/** The claims panel: filtered cards in reading order, orphans apart, counts per issue and the filter bar. */
public final class ClaimsPanelViewModel {
    private final DocumentFeed document;
    private final ClaimSelection selection;
    private final ViewOptions options;
    private final ObservableList<ClaimCard> cards = FXCollections.observableArrayList();
    private final ObservableList<ClaimCard> orphans = FXCollections.observableArrayList();
    private final ObservableList<IssueCount> issueCounts = FXCollections.observableArrayList();
    private final ObservableList<Chip> actorChoices = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<Claim, ClaimCard> cardCache = new IdentityHashMap<>();
    private Taxonomy cacheTaxonomy;
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NONE);
    private final ObservableList<GroupRow> groupRows = FXCollections.observableArrayList();
    private final Set<String> collapsed = new HashSet<>();

    /** How the list is arranged: in reading order, or in groups by issue or by actor. */
    public enum Grouping {
        NONE("Reading order"), ISSUE("By issue"), ACTOR("By actor");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row of the grouped list: a group's header ({@code card} null: its title, how many claims it holds, and
     * whether it is open) or one card under it. A claim with two issues is listed under both.
     */
    public record GroupRow(String groupKey, String title, int count, boolean expanded, ClaimCard card) {
        public boolean isHeader() {
            return card == null;
        }
    }

    public ClaimsPanelViewModel(DocumentFeed document, ClaimSelection selection, ViewOptions options) {
        this.document = document;
        this.selection = selection;
        this.options = options;
        grouping.set(parseGrouping(options.viewOption("grouping", Grouping.NONE.name())));
        grouping.addListener((o, a, b) -> {
            options.rememberViewOption("grouping", b.name());
            rebuild();
        });
        document.revisionProperty().addListener((o, a, b) -> rebuild());
        selection.filterProperty().addListener((o, a, b) -> rebuild());
        filterText.addListener((o, a, b) -> selection.filterProperty().set(selection.filterProperty().get().withText(b)));
        selection.filterProperty().addListener((o, a, b) -> {
            if (!b.text().equals(filterText.get())) {
                filterText.set(b.text());
            }
        });
        rebuild();
    }

    private void rebuild() {
        ReaderSession s = document.session();
        if (s == null) {
            cards.clear();
            orphans.clear();
            issueCounts.clear();
            actorChoices.clear();
            groupRows.clear();
            summary.set("");
            return;
        }
        Taxonomy t = s.taxonomy();
        if (t != cacheTaxonomy) {
            cardCache.clear();
            cacheTaxonomy = t;
        }
        Map<Claim, ClaimCard> previous = new IdentityHashMap<>(cardCache);
        cardCache.clear();
        ClaimFilter f = selection.filterProperty().get();
        List<ClaimCard> shown = new ArrayList<>();
        List<ClaimCard> lost = new ArrayList<>();
        int[] counts = new int[t.issues().size()];
        for (Claim c : s.claims()) {
            for (String id : c.issueIds()) {
                int idx = t.issueIndex(id);
                if (idx >= 0) {
                    counts[idx]++;
                }
            }
            ClaimCard card = previous.get(c);
            if (card == null) {
                card = ClaimCard.of(c, t);
            }
            cardCache.put(c, card);
            if (c.anchor().isOrphan()) {
                lost.add(card);
            } else if (f.matches(c, t)) {
                shown.add(card);
            }
        }
        replaceChanged(cards, shown);
        replaceChanged(orphans, lost);
        List<IssueCount> ic = new ArrayList<>();
        for (int i = 0; i < t.issues().size(); i++) {
            Issue is = t.issues().get(i);
            ic.add(new IssueCount(is.id(), is.name(), i % Highlighting.ISSUE_COLORS, counts[i], i < 9 ? i + 1 : 0));
        }
        if (!issueCounts.equals(ic)) {
            issueCounts.setAll(ic);
        }
        List<Chip> ac = new ArrayList<>();
        for (Actor a : t.actors()) {
            ac.add(new Chip(a.id(), a.name(), -1));
        }
        if (!actorChoices.equals(ac)) {
            actorChoices.setAll(ac);
        }
        summary.set(summaryText(shown.size(), s.claims().size() - lost.size(), lost.size(), !f.isEmpty()));
        List<GroupRow> rows = grouping.get() == Grouping.NONE ? List.of() : groups(shown, t);
        if (!groupRows.equals(rows)) {
            groupRows.setAll(rows);
        }
        emptyMessage.set(s.claims().isEmpty()
                ? "No claims yet.\nSelect a passage and press Ctrl+Enter to record one."
                : shown.isEmpty() ? "No claim matches the filter." : "");
    }

    /**
     * The panel's count, saying what it counts: "3 claims"; "1 of 3 claims" under a filter; with claims that could
     * not be placed, "3 placed, 1 to re-attach" (the status bar counts all four).
     */
    static String summaryText(int shown, int placed, int orphans, boolean filtered) {
        String head = filtered ? shown + " of " + placed : Integer.toString(placed);
        if (orphans == 0) {
            return head + (placed == 1 && !filtered ? " claim" : " claims");
        }
        return head + " placed, " + orphans + " to re-attach";
    }

    private static Grouping parseGrouping(String name) {
        for (Grouping g : Grouping.values()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return Grouping.NONE;
    }

    /** The shown cards in groups (the taxonomy's order, then the untagged), each header with its count. */
    private List<GroupRow> groups(List<ClaimCard> shown, Taxonomy t) {
        boolean byIssue = grouping.get() == Grouping.ISSUE;
        List<String> keys = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        if (byIssue) {
            t.issues().forEach(i -> {
                keys.add(i.id());
                titles.add(i.name());
            });
        } else {
            t.actors().forEach(a -> {
                keys.add(a.id());
                titles.add(a.name());
            });
        }
        String none = byIssue ? "No issue" : "No actor";
        keys.add("");
        titles.add(none);
        Map<String, List<ClaimCard>> members = new java.util.LinkedHashMap<>();
        keys.forEach(k -> members.put(k, new ArrayList<>()));
        for (ClaimCard c : shown) {
            List<Chip> tags = byIssue ? c.issues() : c.actors();
            if (tags.isEmpty()) {
                members.get("").add(c);
            }
            for (Chip ch : tags) {
                List<ClaimCard> in = members.get(ch.id());
                if (in != null) {
                    in.add(c);
                }
            }
        }
        List<GroupRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<ClaimCard> in = members.get(keys.get(i));
            if (in.isEmpty()) {
                continue;
            }
            String key = grouping.get().name() + ":" + keys.get(i);
            boolean open = !collapsed.contains(key);
            rows.add(new GroupRow(key, titles.get(i), in.size(), open, null));
            if (open) {
                for (ClaimCard c : in) {
                    rows.add(new GroupRow(key, titles.get(i), in.size(), true, c));
                }
            }
        }
        return rows;
    }

    /** Opens or closes the group {@code key} (a header's {@link GroupRow#groupKey()}). */
    public void toggleGroup(String key) {
        if (!collapsed.remove(key)) {
            collapsed.add(key);
        }
        rebuild();
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The grouped list (empty in reading order). */
    public ObservableList<GroupRow> groupRows() {
        return groupRows;
    }

    /**
     * Makes {@code list} equal to {@code next} by replacing only the stretch that differs, so the list
     * view updates one card rather than all of them.
     */
    static <T> void replaceChanged(ObservableList<T> list, List<T> next) {
        int head = 0;
        int max = Math.min(list.size(), next.size());
        while (head < max && list.get(head) == next.get(head)) {
            head++;
        }
        if (head == list.size() && head == next.size()) {
            return;
        }
        int tailOld = list.size();
        int tailNew = next.size();
        while (tailOld > head && tailNew > head && list.get(tailOld - 1) == next.get(tailNew - 1)) {
            tailOld--;
            tailNew--;
        }
        if (tailOld - head == 1 && tailNew - head == 1) {
            list.set(head, next.get(head));
            return;
        }
        if (tailOld > head) {
            list.remove(head, tailOld);
        }
        if (tailNew > head) {
            list.addAll(head, next.subList(head, tailNew));
        }
    }

    /** Adds or removes an issue from the filter (clicking a count). */
    public void toggleIssueFilter(String issueId) {
        ClaimFilter f = selection.filterProperty().get();
        Set<String> ids = new LinkedHashSet<>(f.issueIds());
        if (!ids.remove(issueId)) {
            ids.add(issueId);
        }
        selection.filterProperty().set(f.withIssues(ids));
    }

    public void toggleActorFilter(String actorId) {
        ClaimFilter f = selection.filterProperty().get();
        Set<String> ids = new LinkedHashSet<>(f.actorIds());
        if (!ids.remove(actorId)) {
            ids.add(actorId);
        }
        selection.filterProperty().set(f.withActors(ids));
    }

    public boolean isIssueFiltered(String issueId) {
        return selection.filterProperty().get().issueIds().contains(issueId);
    }

    public boolean isActorFiltered(String actorId) {
        return selection.filterProperty().get().actorIds().contains(actorId);
    }

    public void clearFilter() {
        selection.filterProperty().set(ClaimFilter.NONE);
    }

    public void select(String claimId) {
        selection.selectedClaimIdProperty().set(claimId);
    }

    public ObservableList<ClaimCard> cards() {
        return cards;
    }

    public ObservableList<ClaimCard> orphans() {
        return orphans;
    }

    public ObservableList<IssueCount> issueCounts() {
        return issueCounts;
    }

    public ObservableList<Chip> actorChoices() {
        return actorChoices;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The open article's feed (the panel's notice and whether an article is open). */
    public DocumentFeed document() {
        return document;
    }

    public ClaimSelection selection() {
        return selection;
    }

    public ViewOptions options() {
        return options;
    }
}
