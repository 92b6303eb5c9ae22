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

/** The single embedded W3C {@code AnnotationPage} that holds every annotation of the article. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "startIndex", "items"})
public record AnnotationPageDto(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("startIndex") Integer startIndex,
        @JsonProperty("items") List<AnnotationDto> items,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public static final String TYPE = "AnnotationPage";

    public AnnotationPageDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
