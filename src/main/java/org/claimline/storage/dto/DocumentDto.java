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
 * The article the annotations belong to: file, hashes of its bytes and cleaned text, cleaner version, metadata, and
 * the analyst's choice of the page's blocks when it is not the cleaner's ({@code cl:keptBlocks}, read leniently).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cl:source", "cl:sourceSha256", "cl:textSha256", "cl:textLength", "cl:cleanerVersion",
        "cl:title", "cl:byline", "cl:published", "cl:keptBlocks"})
public record DocumentDto(
        @JsonProperty("cl:source") String source,
        @JsonProperty("cl:sourceSha256") String sourceSha256,
        @JsonProperty("cl:textSha256") String textSha256,
        @JsonProperty("cl:textLength") Long textLength,
        @JsonProperty("cl:cleanerVersion") String cleanerVersion,
        @JsonProperty("cl:title") String title,
        @JsonProperty("cl:byline") String byline,
        @JsonProperty("cl:published") String published,
        @JsonProperty("cl:keptBlocks") JsonNode keptBlocks,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public DocumentDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
