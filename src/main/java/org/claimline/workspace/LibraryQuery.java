package org.claimline.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Which library rows to show and in which order: every filter that is set must match (text, outlet, status, date
 * range, issue, actor); {@code sort} and {@code descending} give the order, the path breaking ties. Immutable.
 */
public record LibraryQuery(String text, String outlet, ReadingStatus status, String from, String to, String issue,
                           String actor, Column sort, boolean descending) {

    /** The library's sortable columns. */
    public enum Column { TITLE, OUTLET, BYLINE, DATE, CLAIMS, STATUS, MODIFIED, PATH }

    public static final LibraryQuery ALL = new LibraryQuery(null, null, null, null, null, null, null, Column.PATH, false);

    public LibraryQuery withText(String v) {
        return new LibraryQuery(v, outlet, status, from, to, issue, actor, sort, descending);
    }

    public LibraryQuery withOutlet(String v) {
        return new LibraryQuery(text, v, status, from, to, issue, actor, sort, descending);
    }

    public LibraryQuery withStatus(ReadingStatus v) {
        return new LibraryQuery(text, outlet, v, from, to, issue, actor, sort, descending);
    }

    /** Dates as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; either end may be null (open). */
    public LibraryQuery withDates(String f, String t) {
        return new LibraryQuery(text, outlet, status, f, t, issue, actor, sort, descending);
    }

    public LibraryQuery withIssue(String v) {
        return new LibraryQuery(text, outlet, status, from, to, v, actor, sort, descending);
    }

    public LibraryQuery withActor(String v) {
        return new LibraryQuery(text, outlet, status, from, to, issue, v, sort, descending);
    }

    public LibraryQuery sortedBy(Column c, boolean desc) {
        return new LibraryQuery(text, outlet, status, from, to, issue, actor, c, desc);
    }

    public boolean matches(LibraryRow r) {
        ArticleInfo a = r.info();
        if (set(text)) {
            String k = text.trim().toLowerCase(Locale.ROOT);
            if (!(contains(a.displayTitle(), k) || contains(a.outlet(), k) || contains(a.byline(), k)
                    || contains(a.rel(), k) || contains(r.problem(), k))) {
                return false;
            }
        }
        if (set(outlet) && (a.outlet() == null || !a.outlet().equalsIgnoreCase(outlet.trim()))) {
            return false;
        }
        if (status != null && r.status() != status) {
            return false;
        }
        String day = r.day();
        if ((set(from) || set(to)) && day == null) {
            return false;
        }
        if (set(from) && day.compareTo(from.trim()) < 0) {
            return false;
        }
        if (set(to) && day.substring(0, Math.min(day.length(), to.trim().length())).compareTo(to.trim()) > 0) {
            return false;
        }
        if (set(issue) && a.issueCounts().keySet().stream().noneMatch(i -> i.equalsIgnoreCase(issue.trim()))) {
            return false;
        }
        return !set(actor) || a.actors().stream().anyMatch(x -> x.equalsIgnoreCase(actor.trim()));
    }

    /** The matching rows, in this query's order. */
    public List<LibraryRow> apply(Collection<LibraryRow> rows) {
        List<LibraryRow> out = new ArrayList<>();
        for (LibraryRow r : rows) {
            if (matches(r)) {
                out.add(r);
            }
        }
        out.sort(comparator());
        return out;
    }

    public Comparator<LibraryRow> comparator() {
        Comparator<LibraryRow> c = switch (sort == null ? Column.PATH : sort) {
            case TITLE -> Comparator.comparing(r -> lower(r.info().displayTitle()), NULLS);
            case OUTLET -> Comparator.comparing(r -> lower(r.info().outlet()), NULLS);
            case BYLINE -> Comparator.comparing(r -> lower(r.info().byline()), NULLS);
            case DATE -> Comparator.comparing(r -> r.info().published(), NULLS);
            case CLAIMS -> Comparator.comparingInt(r -> r.info().claims());
            case STATUS -> Comparator.comparing(LibraryRow::status);
            case MODIFIED -> Comparator.comparingLong(r -> r.info().mtime());
            case PATH -> Comparator.comparing(LibraryRow::rel);
        };
        if (descending) {
            c = c.reversed();
        }
        return c.thenComparing(LibraryRow::rel);
    }

    /** Unknown values sort last in either direction would need two comparators; here they sort first ascending. */
    private static final Comparator<String> NULLS = Comparator.nullsFirst(Comparator.naturalOrder());

    /** The distinct outlets, issues and actors of the rows, for the filter choices. */
    public static List<String> outlets(Collection<LibraryRow> rows) {
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> {
            if (r.info().outlet() != null) {
                s.add(r.info().outlet());
            }
        });
        return List.copyOf(s);
    }

    public static List<String> issues(Collection<LibraryRow> rows) {
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> s.addAll(r.info().issueCounts().keySet()));
        return List.copyOf(s);
    }

    public static List<String> actors(Collection<LibraryRow> rows) {
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> s.addAll(r.info().actors()));
        return List.copyOf(s);
    }

    private static boolean set(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean contains(String hay, String lowerNeedle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
