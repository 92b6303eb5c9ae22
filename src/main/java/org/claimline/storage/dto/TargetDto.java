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
 * A W3C {@code SpecificResource}: the article file and its selectors. Selectors stay raw nodes here so a
 * selector type we do not know (added by another tool) is kept as written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "source", "selector", "cl:anchoring"})
public record TargetDto(
        @JsonProperty("type") String type,
        @JsonProperty("source") String source,
        @JsonProperty("selector") List<JsonNode> selector,
        @JsonProperty("cl:anchoring") AnchoringDto anchoring,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public TargetDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
