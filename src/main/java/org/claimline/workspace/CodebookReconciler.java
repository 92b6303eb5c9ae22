package org.claimline.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimline.model.Actor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Codebook;
import org.claimline.model.Issue;

/**
 * Brings one sidecar's taxonomy in line with its workspace's codebook when the article is opened: entries known by
 * id take the codebook's name and colour; an entry unknown by id but named like a codebook entry takes that entry's
 * id (its claims are re-tagged); an entry the codebook lacks altogether is added to the codebook. The reader then
 * offers the whole codebook, in its order, so keys and colours are the same in every article; the sidecar records
 * only the entries its claims use ({@link #usedOnly}), so one sidecar mailed alone is self-contained and small.
 */
public final class CodebookReconciler {
    private CodebookReconciler() {
    }

    public record Reconciled(AnnotationSet annotations, Codebook codebook, boolean codebookChanged) {
    }

    public static Reconciled reconcile(Codebook cb, AnnotationSet set) {
        Codebook next = cb;
        Map<String, String> issueIds = new HashMap<>();
        for (Issue i : set.taxonomy().issues()) {
            if (next.issue(i.id()).isPresent()) {
                continue;
            }
            var named = next.issueNamed(i.name());
            if (named.isPresent()) {
                issueIds.put(i.id(), named.get().id());
            } else {
                next = next.withIssue(new Codebook.Code(i.id(), i.name(), i.color(), ""));
            }
        }
        Map<String, String> actorIds = new HashMap<>();
        for (Actor a : set.taxonomy().actors()) {
            if (next.actor(a.id()).isPresent()) {
                continue;
            }
            var named = next.actorNamed(a.name());
            if (named.isPresent()) {
                actorIds.put(a.id(), named.get().id());
            } else {
                next = next.withActor(new Codebook.Person(a.id(), a.name(), a.aliases(), ""));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim c : set.claims()) {
            Claim d = c;
            if (c.issueIds().stream().anyMatch(issueIds::containsKey)) {
                d = d.withIssueIds(c.issueIds().stream().map(id -> issueIds.getOrDefault(id, id)).distinct().toList());
            }
            if (c.actorIds().stream().anyMatch(actorIds::containsKey)) {
                d = d.withActorIds(c.actorIds().stream().map(id -> actorIds.getOrDefault(id, id)).distinct().toList());
            }
            claims.add(d);
        }
        return new Reconciled(new AnnotationSet(next.toTaxonomy(), claims), next, !next.equals(cb));
    }

    /** {@code set} with only the issues and actors its claims use (what a sidecar records). */
    public static AnnotationSet usedOnly(AnnotationSet set) {
        java.util.Set<String> issues = new java.util.HashSet<>();
        java.util.Set<String> actors = new java.util.HashSet<>();
        for (Claim c : set.claims()) {
            issues.addAll(c.issueIds());
            actors.addAll(c.actorIds());
        }
        var t = set.taxonomy();
        if (t.issues().stream().allMatch(i -> issues.contains(i.id())) && t.actors().stream().allMatch(a -> actors.contains(a.id()))) {
            return set;
        }
        return new AnnotationSet(new org.claimline.model.Taxonomy(
                t.issues().stream().filter(i -> issues.contains(i.id())).toList(),
                t.actors().stream().filter(a -> actors.contains(a.id())).toList()), set.claims());
    }

    /**
     * What a sidecar save wrote ({@code written}: used entries only, perhaps merged with another writer's changes)
     * with the entries {@code sent} offered but no claim uses put back in their places, so the reader keeps
     * offering them and a save that changed nothing else gives back exactly what was sent.
     */
    public static AnnotationSet withUnused(AnnotationSet sent, AnnotationSet written) {
        var w = written.taxonomy();
        List<Issue> issues = inPlaces(sent.taxonomy().issues(), w.issues(), Issue::id);
        List<Actor> actors = inPlaces(sent.taxonomy().actors(), w.actors(), Actor::id);
        return new AnnotationSet(new org.claimline.model.Taxonomy(issues, actors), written.claims());
    }

    /** {@code offered} in its order, each replaced by its version in {@code written}, then what only {@code written} has. */
    private static <T> List<T> inPlaces(List<T> offered, List<T> written, java.util.function.Function<T, String> id) {
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        written.forEach(x -> byId.put(id.apply(x), x));
        List<T> out = new ArrayList<>();
        for (T x : offered) {
            T w = byId.remove(id.apply(x));
            out.add(w != null ? w : x);
        }
        out.addAll(byId.values());
        return out;
    }
}
