package org.claimline.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;

/**
 * Turns claims, filter, selection and find matches into the styling of the article text: sorted,
 * non-overlapping spans, each with an interned list of style classes. One sweep over the sorted
 * boundaries, O(n log n) in the number of claims; the view applies the result in one
 * {@code setStyleSpans} call.
 *
 * <p>Classes: {@code claim}; {@code issue-<n>} for the first issue of the innermost claim
 * ({@code issue-none} when untagged; n is the issue's index in the taxonomy modulo
 * {@link #ISSUE_COLORS}); {@code overlap} where two or more claims cover the text;
 * {@code claim-selected}; {@code dimmed} where a filter is active and no covering claim matches it;
 * {@code find-match} / {@code find-current}.
 */
public final class Highlighting {
    public static final int ISSUE_COLORS = 12;

    /** A styled stretch [start, end) of the article text. */
    public record Span(int start, int end, List<String> classes) {
    }

    /** What to highlight. {@code findMatches} are sorted and disjoint; {@code currentFind} is an index or -1. */
    public record Input(List<Claim> claims, Taxonomy taxonomy, ClaimFilter filter, String selectedClaimId,
                        List<TextRange> findMatches, int currentFind) {
        public Input {
            filter = filter == null ? ClaimFilter.NONE : filter;
            findMatches = findMatches == null ? List.of() : findMatches;
        }
    }

    private final StyleInterner interner;

    public Highlighting(StyleInterner interner) {
        this.interner = interner;
    }

    public StyleInterner interner() {
        return interner;
    }

    private record Event(int pos, int kind, int ref) {
        // kind: 0 claim end, 1 find end, 2 claim start, 3 find start (ends before starts at one position)
    }

    public List<Span> compute(Input in) {
        List<Claim> claims = in.claims();
        Taxonomy tax = in.taxonomy();
        Map<String, Integer> issueIndex = new HashMap<>();
        for (int i = 0; i < tax.issues().size(); i++) {
            issueIndex.put(tax.issues().get(i).id(), i);
        }
        boolean filtering = !in.filter().isEmpty();
        int n = claims.size();
        boolean[] matches = new boolean[n];
        List<Event> events = new ArrayList<>(2 * n + 2 * in.findMatches().size());
        for (int i = 0; i < n; i++) {
            TextRange r = claims.get(i).range();
            if (r == null || r.isEmpty()) {
                continue;
            }
            matches[i] = !filtering || in.filter().matches(claims.get(i), tax);
            events.add(new Event(r.start(), 2, i));
            events.add(new Event(r.end(), 0, i));
        }
        for (int i = 0; i < in.findMatches().size(); i++) {
            TextRange r = in.findMatches().get(i);
            if (!r.isEmpty()) {
                events.add(new Event(r.start(), 3, i));
                events.add(new Event(r.end(), 1, i));
            }
        }
        events.sort(Comparator.comparingInt(Event::pos).thenComparingInt(Event::kind));

        // innermost first: latest start, then earliest end
        TreeSet<Integer> active = new TreeSet<>((a, b) -> {
            TextRange ra = claims.get(a).range();
            TextRange rb = claims.get(b).range();
            int c = Integer.compare(rb.start(), ra.start());
            if (c == 0) {
                c = Integer.compare(ra.end(), rb.end());
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        int activeMatching = 0;
        int selectedActive = 0;
        int find = -1;
        List<Span> out = new ArrayList<>();
        List<String> buf = new ArrayList<>(6);
        for (int e = 0; e < events.size(); ) {
            int pos = events.get(e).pos();
            while (e < events.size() && events.get(e).pos() == pos) {
                Event ev = events.get(e++);
                switch (ev.kind()) {
                    case 0 -> {
                        active.remove(ev.ref());
                        activeMatching -= matches[ev.ref()] ? 1 : 0;
                        selectedActive -= isSelected(claims.get(ev.ref()), in) ? 1 : 0;
                    }
                    case 1 -> find = -1;
                    case 2 -> {
                        active.add(ev.ref());
                        activeMatching += matches[ev.ref()] ? 1 : 0;
                        selectedActive += isSelected(claims.get(ev.ref()), in) ? 1 : 0;
                    }
                    default -> find = ev.ref();
                }
            }
            if (e >= events.size()) {
                break;
            }
            int next = events.get(e).pos();
            if (next == pos || (active.isEmpty() && find < 0)) {
                continue;
            }
            buf.clear();
            if (!active.isEmpty()) {
                Claim top = claims.get(active.first());
                buf.add("claim");
                Integer idx = top.issueIds().isEmpty() ? null : issueIndex.get(top.issueIds().get(0));
                buf.add(idx == null ? "issue-none" : "issue-" + (idx % ISSUE_COLORS));
                if (active.size() > 1) {
                    buf.add("overlap");
                }
                if (selectedActive > 0) {
                    buf.add("claim-selected");
                }
                if (filtering && activeMatching == 0) {
                    buf.add("dimmed");
                }
            }
            if (find >= 0) {
                buf.add(find == in.currentFind() ? "find-current" : "find-match");
            }
            List<String> classes = interner.intern(buf);
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == pos && last.classes() == classes) {
                out.set(out.size() - 1, new Span(last.start(), next, classes));
            } else {
                out.add(new Span(pos, next, classes));
            }
        }
        return out;
    }

    private static boolean isSelected(Claim c, Input in) {
        return c.id().equals(in.selectedClaimId());
    }

    /** The claim a click at {@code offset} means: the innermost placed claim covering it, or null. */
    public static Claim claimAt(List<Claim> claims, int offset) {
        Claim best = null;
        for (Claim c : claims) {
            TextRange r = c.range();
            if (r != null && r.contains(offset)
                    && (best == null || r.start() > best.range().start()
                    || (r.start() == best.range().start() && r.end() < best.range().end()))) {
                best = c;
            }
        }
        return best;
    }
}
