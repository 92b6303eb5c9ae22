package org.claimline.storage.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A taxonomy issue; {@code cl:id} is what {@code classifying} bodies refer to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cl:id", "cl:name", "cl:color"})
public record IssueDto(
        @JsonProperty("cl:id") String id,
        @JsonProperty("cl:name") String name,
        @JsonProperty("cl:color") String color,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public IssueDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
