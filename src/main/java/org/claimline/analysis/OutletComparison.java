package org.claimline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimline.model.Stance;

/**
 * Per outlet: how its claims divide over the issues, and which actors its claims oppose (blame) and support
 * (credit) most often. Issue shares are of the outlet's issue tags (a claim tagged with two issues gives one
 * tag to each), so an outlet's shares add up to 1 and its bar fills the width; claims without an issue give
 * their tag to {@link Dimension#NO_ISSUE}.
 */
public final class OutletComparison {
    /** The tags an issue got in one outlet and their share of the outlet's tags. */
    public record Share(String issue, int tags, double share) {
    }

    /** An actor and the number of claims naming it with a given stance. */
    public record Ranked(String actor, int claims) {
    }

    /** One outlet's figures. */
    public record Profile(String outlet, int claims, int articles, int tags, List<Share> shares,
                          List<Ranked> blamed, List<Ranked> credited) {
        /** The share of {@code issue}, 0 when the outlet never tagged it. */
        public double shareOf(String issue) {
            for (Share s : shares) {
                if (s.issue().equals(issue)) {
                    return s.share();
                }
            }
            return 0;
        }
    }

    private final List<String> issues;
    private final List<Profile> outlets;

    private OutletComparison(List<String> issues, List<Profile> outlets) {
        this.issues = List.copyOf(issues);
        this.outlets = List.copyOf(outlets);
    }

    /** Compares the outlets of {@code rows} (already filtered), listing at most {@code top} actors each way. */
    public static OutletComparison compute(List<ClaimRow> rows, int top) {
        return compute(rows, top, Integer.MAX_VALUE);
    }

    /**
     * As above, with at most {@code maxOutlets} bars: the outlets with most claims keep theirs, the others share
     * one, named {@code (N other outlets)}, so a corpus of a hundred blogs still gives a chart one can read.
     */
    public static OutletComparison compute(List<ClaimRow> rows, int top, int maxOutlets) {
        List<String> issues = Keys.ordered(Dimension.ISSUE, rows);
        List<String> outletKeys = Keys.ordered(Dimension.OUTLET, rows);
        Map<String, String> barOf = new java.util.HashMap<>();
        boolean unknown = outletKeys.contains(Dimension.NO_OUTLET);
        int named = outletKeys.size() - (unknown ? 1 : 0);
        int bars = Math.max(2, maxOutlets) - (unknown ? 1 : 0);
        int kept = named <= bars ? named : bars - 1;
        String other = "(" + (named - kept) + " other outlets)";
        for (int i = 0; i < named; i++) {
            barOf.put(outletKeys.get(i), i < kept ? outletKeys.get(i) : other);
        }
        // the unknown outlet keeps a bar of its own, last: it is not one of the small outlets
        barOf.put(Dimension.NO_OUTLET, Dimension.NO_OUTLET);
        Map<String, List<ClaimRow>> byOutlet = new LinkedHashMap<>();
        outletKeys.forEach(o -> byOutlet.computeIfAbsent(barOf.get(o), k -> new ArrayList<>()));
        rows.forEach(r -> byOutlet.get(barOf.get(r.outletKey())).add(r));
        List<Profile> profiles = new ArrayList<>();
        byOutlet.forEach((outlet, rs) -> profiles.add(profile(outlet, rs, issues, top)));
        return new OutletComparison(issues, profiles);
    }

    private static Profile profile(String outlet, List<ClaimRow> rows, List<String> issues, int top) {
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> blamed = new HashMap<>();
        Map<String, Integer> credited = new HashMap<>();
        Set<Integer> articles = new HashSet<>();
        int allTags = 0;
        for (ClaimRow r : rows) {
            articles.add(r.articleIndex());
            for (String i : r.issueKeys()) {
                tags.merge(i, 1, Integer::sum);
                allTags++;
            }
            Stance s = r.claim().stance();
            if (s == Stance.OPPOSES || s == Stance.SUPPORTS) {
                for (String a : r.claim().actors()) {
                    (s == Stance.OPPOSES ? blamed : credited).merge(a, 1, Integer::sum);
                }
            }
        }
        List<Share> shares = new ArrayList<>();
        for (String i : issues) {
            int n = tags.getOrDefault(i, 0);
            if (n > 0) {
                shares.add(new Share(i, n, (double) n / allTags));
            }
        }
        return new Profile(outlet, rows.size(), articles.size(), allTags, shares, ranked(blamed, top),
                ranked(credited, top));
    }

    private static List<Ranked> ranked(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Map.Entry::getKey))
                .limit(top).map(e -> new Ranked(e.getKey(), e.getValue())).toList();
    }

    /** Every issue of the rows, in the matrix's order (most tagged first), so bars stack alike. */
    public List<String> issues() {
        return issues;
    }

    /** Outlets with most claims first; the unknown outlet last. */
    public List<Profile> outlets() {
        return outlets;
    }
}
