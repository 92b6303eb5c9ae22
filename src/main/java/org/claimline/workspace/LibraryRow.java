package org.claimline.workspace;

/** One row of the library: an article's facts and the status the analyst gave it. */
public record LibraryRow(ArticleInfo info, ReadingStatus status) {
    public LibraryRow {
        status = status == null ? ReadingStatus.TO_READ : status;
    }

    public String rel() {
        return info.rel();
    }

    /** The published date's day ({@code yyyy-mm-dd}), or null. */
    public String day() {
        String p = info.published();
        return p == null ? null : p.length() >= 10 ? p.substring(0, 10) : p;
    }

    /** "Reason" shown in the library: the article's problem, else its sidecar's, else null. */
    public String problem() {
        return info.problem() != null ? info.problem() : info.sidecarProblem();
    }
}
