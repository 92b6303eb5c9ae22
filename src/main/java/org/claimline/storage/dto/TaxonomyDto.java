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

/** The issues (in order: the order gives colours and grouping) and actors in use. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cl:issues", "cl:actors"})
public record TaxonomyDto(
        @JsonProperty("cl:issues") List<IssueDto> issues,
        @JsonProperty("cl:actors") List<ActorDto> actors,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public TaxonomyDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
