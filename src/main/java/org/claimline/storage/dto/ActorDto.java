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

/** A taxonomy actor; {@code cl:id} is what {@code identifying} bodies refer to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cl:id", "cl:name", "cl:aliases"})
public record ActorDto(
        @JsonProperty("cl:id") String id,
        @JsonProperty("cl:name") String name,
        @JsonProperty("cl:aliases") List<String> aliases,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public ActorDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
