package org.claimline.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.claimline.model.TextRange;

/** Find in the article: every case-insensitive match of the query, and which one is current. */
public final class FindViewModel implements FindHits {
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private List<TextRange> matches = List.of();
    private String text = "";
    private String lowerText = "";

    public FindViewModel() {
        query.addListener((o, a, b) -> search(0));
    }

    /** Sets the text searched (the article changed); keeps the query. */
    @Override
    public void setText(String t) {
        text = t == null ? "" : t;
        lowerText = text.toLowerCase(Locale.ROOT);
        if (lowerText.length() != text.length()) {
            lowerText = text; // case folding changed lengths: fall back to exact matching so offsets stay true
        }
        search(0);
    }

    private void search(int near) {
        String q = query.get() == null ? "" : query.get();
        List<TextRange> found = new ArrayList<>();
        if (!q.isEmpty()) {
            String needle = lowerText == text ? q : q.toLowerCase(Locale.ROOT);
            for (int at = lowerText.indexOf(needle); at >= 0; at = lowerText.indexOf(needle, at + needle.length())) {
                found.add(new TextRange(at, at + needle.length()));
            }
        }
        matches = List.copyOf(found);
        int idx = -1;
        for (int i = 0; i < matches.size() && idx < 0; i++) {
            if (matches.get(i).start() >= near) {
                idx = i;
            }
        }
        current.set(matches.isEmpty() ? -1 : Math.max(idx, 0));
        changed();
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int d) {
        if (!matches.isEmpty()) {
            current.set(Math.floorMod(current.get() + d, matches.size()));
            changed();
        }
    }

    /** Closing the find bar clears the marks. */
    public void clear() {
        query.set("");
    }

    private void changed() {
        String q = query.get();
        status.set(q == null || q.isEmpty() ? "" : matches.isEmpty() ? "No matches"
                : (current.get() + 1) + " of " + matches.size());
        revision.set(revision.get() + 1);
    }

    @Override
    public List<TextRange> matches() {
        return matches;
    }

    /** The current match, or null. */
    public TextRange currentMatch() {
        return current.get() < 0 ? null : matches.get(current.get());
    }

    public StringProperty queryProperty() {
        return query;
    }

    @Override
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Bumped whenever matches or the current match change. */
    @Override
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
