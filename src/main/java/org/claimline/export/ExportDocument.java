package org.claimline.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimline.model.Actor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;

/**
 * What every exporter reads: one article, its claims and the name of the file it came from (shown to the
 * reader, never used as a path). Claims are numbered 1… in reading order; the number is the anchor used by
 * the HTML report and the label used by Markdown, so both agree.
 */
public record ExportDocument(String sourceFileName, Article article, AnnotationSet annotations) {

    /** Produces a document on demand, so a corpus export holds one article in memory at a time. */
    @FunctionalInterface
    public interface Loader {
        ExportDocument load() throws IOException;
    }

    public ExportDocument {
        sourceFileName = sourceFileName == null ? "" : sourceFileName;
        Objects.requireNonNull(article, "article");
        annotations = annotations == null ? AnnotationSet.empty(Taxonomy.empty()) : annotations;
    }

    public Taxonomy taxonomy() {
        return annotations.taxonomy();
    }

    public List<Claim> claims() {
        return annotations.claims();
    }

    /** 1-based reading-order number of the claim, or 0 if it is not in this document. */
    public int numberOf(Claim claim) {
        List<Claim> cs = claims();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).id().equals(claim.id())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The claim's issues that exist in the taxonomy, in the order the analyst chose them. */
    public List<Issue> issuesOf(Claim c) {
        List<Issue> out = new ArrayList<>();
        for (String id : c.issueIds()) {
            taxonomy().issue(id).ifPresent(out::add);
        }
        return out;
    }

    public List<Actor> actorsOf(Claim c) {
        List<Actor> out = new ArrayList<>();
        for (String id : c.actorIds()) {
            taxonomy().actor(id).ifPresent(out::add);
        }
        return out;
    }

    /** The issue that colours and groups the claim: its first known issue, or null. */
    public Issue primaryIssue(Claim c) {
        List<Issue> is = issuesOf(c);
        return is.isEmpty() ? null : is.get(0);
    }

    /** Claims grouped by primary issue in taxonomy order; the null key (no issue) comes last. */
    public Map<Issue, List<Claim>> claimsByIssue() {
        Map<Issue, List<Claim>> groups = new LinkedHashMap<>();
        for (Issue i : taxonomy().issues()) {
            groups.put(i, new ArrayList<>());
        }
        List<Claim> none = new ArrayList<>();
        for (Claim c : claims()) {
            Issue p = primaryIssue(c);
            (p == null ? none : groups.get(p)).add(c);
        }
        groups.values().removeIf(List::isEmpty);
        if (!none.isEmpty()) {
            groups.put(null, none);
        }
        return groups;
    }
}
