package org.claimline.storage.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One W3C {@code Annotation} = one claim. Bodies stay raw nodes here so bodies of kinds we do not write
 * (an audio comment, a link) survive a load and save; the codec reads the {@code TextualBody}s.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "created", "modified", "creator", "cl:stance", "body", "target"})
public record AnnotationDto(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("created") String created,
        @JsonProperty("modified") String modified,
        @JsonProperty("creator") JsonNode creator,
        @JsonProperty("cl:stance") String stance,
        @JsonProperty("body") List<JsonNode> body,
        @JsonProperty("target") TargetDto target,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public static final String TYPE = "Annotation";

    public AnnotationDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
