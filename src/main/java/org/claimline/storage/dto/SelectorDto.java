package org.claimline.storage.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A W3C {@code TextQuoteSelector} or {@code TextPositionSelector}; positions count code points. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "exact", "prefix", "suffix", "start", "end"})
public record SelectorDto(
        @JsonProperty("type") String type,
        @JsonProperty("exact") String exact,
        @JsonProperty("prefix") String prefix,
        @JsonProperty("suffix") String suffix,
        @JsonProperty("start") Integer start,
        @JsonProperty("end") Integer end,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

    public static final String QUOTE = "TextQuoteSelector";
    public static final String POSITION = "TextPositionSelector";

    public SelectorDto {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
