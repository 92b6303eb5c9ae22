package org.claimline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a loaded sidecar held that the model has no place for (fields of a newer Claimline or of
 * another tool, bodies and selectors we do not write), so that saving writes it back. Opaque outside
 * storage; the JSON nodes are never modified after loading.
 */
public final class SidecarExtras {
    private static final SidecarExtras NONE = new SidecarExtras(null, null, Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of(), Map.of());

    final String collectionId;
    final JsonNode context;
    final Map<String, JsonNode> collection;
    final Map<String, JsonNode> page;
    final Map<String, JsonNode> document;
    final Map<String, JsonNode> taxonomy;
    final Map<String, Map<String, JsonNode>> issues;
    final Map<String, Map<String, JsonNode>> actors;
    final Map<String, AnnotationExtras> annotations;

    SidecarExtras(String collectionId, JsonNode context, Map<String, JsonNode> collection, Map<String, JsonNode> page,
                  Map<String, JsonNode> document, Map<String, JsonNode> taxonomy,
                  Map<String, Map<String, JsonNode>> issues, Map<String, Map<String, JsonNode>> actors,
                  Map<String, AnnotationExtras> annotations) {
        this.collectionId = collectionId;
        this.context = context;
        this.collection = ordered(collection);
        this.page = ordered(page);
        this.document = ordered(document);
        this.taxonomy = ordered(taxonomy);
        this.issues = Map.copyOf(issues);
        this.actors = Map.copyOf(actors);
        this.annotations = Map.copyOf(annotations);
    }

    /** Unknown fields are written back in the order they were read, on every run. */
    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public static SidecarExtras none() {
        return NONE;
    }

    SidecarExtras withCollectionId(String id) {
        return new SidecarExtras(id, context, collection, page, document, taxonomy, issues, actors, annotations);
    }

    /** Ids of the claims that carry fields we keep for them. */
    public java.util.Set<String> claimsWithExtras() {
        return annotations.keySet();
    }

    /** Whether anything unknown was kept at all. */
    public boolean isEmpty() {
        return collection.isEmpty() && page.isEmpty() && document.isEmpty() && taxonomy.isEmpty() && issues.isEmpty()
                && actors.isEmpty() && annotations.isEmpty();
    }

    /**
     * These extras with {@code other}'s filling every gap, key by key; used after merging with a version
     * written elsewhere (pass the newer side as {@code this}: unknown fields are never edited here, so the
     * newer copy of one is the right one, and nothing only the older side had is dropped).
     */
    public SidecarExtras union(SidecarExtras other) {
        return new SidecarExtras(collectionId != null ? collectionId : other.collectionId,
                context != null ? context : other.context,
                merged(collection, other.collection), merged(page, other.page), merged(document, other.document),
                merged(taxonomy, other.taxonomy), merged(issues, other.issues), merged(actors, other.actors),
                merged(annotations, other.annotations));
    }

    private static <V> Map<String, V> merged(Map<String, V> preferred, Map<String, V> fallback) {
        Map<String, V> m = new LinkedHashMap<>(fallback);
        m.putAll(preferred);
        return m;
    }

    /** Unknown parts of one annotation. Maps keep the order they were read in. */
    static final class AnnotationExtras {
        final Map<String, JsonNode> annotation;
        final JsonNode creator;
        final Map<String, JsonNode> target;
        final Map<String, JsonNode> anchoring;
        final Map<String, JsonNode> quoteSelector;
        final Map<String, JsonNode> positionSelector;
        final List<JsonNode> otherSelectors;
        final List<JsonNode> otherBodies;
        /** Unknown fields of our own bodies, by {@link #bodyKey}. */
        final Map<String, Map<String, JsonNode>> bodies;

        AnnotationExtras(Map<String, JsonNode> annotation, JsonNode creator, Map<String, JsonNode> target,
                         Map<String, JsonNode> anchoring, Map<String, JsonNode> quoteSelector,
                         Map<String, JsonNode> positionSelector, List<JsonNode> otherSelectors,
                         List<JsonNode> otherBodies, Map<String, Map<String, JsonNode>> bodies) {
            this.annotation = new LinkedHashMap<>(annotation);
            this.creator = creator;
            this.target = new LinkedHashMap<>(target);
            this.anchoring = new LinkedHashMap<>(anchoring);
            this.quoteSelector = new LinkedHashMap<>(quoteSelector);
            this.positionSelector = new LinkedHashMap<>(positionSelector);
            this.otherSelectors = List.copyOf(otherSelectors);
            this.otherBodies = List.copyOf(otherBodies);
            this.bodies = Map.copyOf(bodies);
        }

        boolean isEmpty() {
            return annotation.isEmpty() && creator == null && target.isEmpty() && anchoring.isEmpty()
                    && quoteSelector.isEmpty() && positionSelector.isEmpty() && otherSelectors.isEmpty()
                    && otherBodies.isEmpty() && bodies.isEmpty();
        }

        static String bodyKey(String purpose, String refOrValue) {
            return purpose + '\u0000' + refOrValue;
        }
    }
}
