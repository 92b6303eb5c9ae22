package org.claimline.storage.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole sidecar: a W3C {@code AnnotationCollection} whose {@code first} page embeds every annotation,
 * plus our schema version, document and taxonomy under the {@code cl:} prefix.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "id", "type", "cl:schemaVersion", "label", "total", "cl:document", "cl:taxonomy", "first"})
public record SidecarDto(
        @JsonProperty("@context") JsonNode context,
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("cl:schemaVersion") Integer schemaVersion,
        @JsonProperty("label") String label,
        @JsonProperty("total") Integer total,
        @JsonProperty("cl:document") DocumentDto document,
        @JsonProperty("cl:taxonomy") TaxonomyDto taxonomy,
        @JsonProperty("first") AnnotationPageDto first,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public static final String TYPE = "AnnotationCollection";

    public SidecarDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
