package org.claimline.storage.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the target was last placed: {@code anchored}, {@code moved}, {@code fuzzy} (with score) or {@code orphan}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cl:status", "cl:score"})
public record AnchoringDto(
        @JsonProperty("cl:status") String status,
        @JsonProperty("cl:score") Double score,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public AnchoringDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
