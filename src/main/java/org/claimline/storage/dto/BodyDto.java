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
 * A W3C {@code TextualBody}. Issues and actors carry their taxonomy id ({@code cl:issue}, {@code cl:actor})
 * beside the name in {@code value}, so a rename never breaks the link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "purpose", "value", "cl:issue", "cl:actor"})
public record BodyDto(
        @JsonProperty("type") String type,
        @JsonProperty("purpose") String purpose,
        @JsonProperty("value") String value,
        @JsonProperty("cl:issue") String issue,
        @JsonProperty("cl:actor") String actor,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public static final String TEXTUAL = "TextualBody";

    public BodyDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
