package org.claimline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The claims on one article and the taxonomy they use. Claims are kept in reading order, orphans last. */
public record AnnotationSet(Taxonomy taxonomy, List<Claim> claims) {

    /** Reading order: by start, then end; orphans after placed claims, in their previous order. */
    public static final Comparator<Claim> READING_ORDER = Comparator
            .comparing((Claim c) -> c.anchor().isOrphan())
            .thenComparingInt(c -> c.range() == null ? Integer.MAX_VALUE : c.range().start())
            .thenComparingInt(c -> c.range() == null ? Integer.MAX_VALUE : c.range().end());

    public AnnotationSet {
        taxonomy = taxonomy == null ? Taxonomy.empty() : taxonomy;
        List<Claim> sorted = new ArrayList<>(claims == null ? List.of() : claims);
        sorted.sort(READING_ORDER);
        claims = List.copyOf(sorted);
    }

    public static AnnotationSet empty(Taxonomy taxonomy) {
        return new AnnotationSet(taxonomy, List.of());
    }

    public Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public AnnotationSet withTaxonomy(Taxonomy t) {
        return new AnnotationSet(t, claims);
    }

    public AnnotationSet withClaims(List<Claim> cs) {
        return new AnnotationSet(taxonomy, cs);
    }

    /** Adds the claim, or replaces the claim with the same id. */
    public AnnotationSet withClaim(Claim claim) {
        List<Claim> copy = new ArrayList<>(claims);
        copy.removeIf(c -> c.id().equals(claim.id()));
        copy.add(claim);
        return new AnnotationSet(taxonomy, copy);
    }

    public AnnotationSet withoutClaim(String id) {
        return new AnnotationSet(taxonomy, claims.stream().filter(c -> !c.id().equals(id)).toList());
    }

    public List<Claim> orphans() {
        return claims.stream().filter(c -> c.anchor().isOrphan()).toList();
    }
}
