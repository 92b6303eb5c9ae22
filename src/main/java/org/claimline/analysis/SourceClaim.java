package org.claimline.analysis;

import java.time.Instant;
import java.util.List;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Stance;

/**
 * One claim as the analysis sees it: issues and actors by name (names, not ids, are what a corpus shares
 * when every sidecar has its own taxonomy), in the order the analyst chose them, each once.
 */
public record SourceClaim(String id, String quote, String summary, List<String> issues, List<String> actors,
                          Stance stance, String note, AnchorStatus status, String coder, Instant modified) {
    public SourceClaim {
        id = id == null ? "" : id;
        quote = quote == null ? "" : quote;
        summary = summary == null ? "" : summary;
        issues = distinctNames(issues);
        actors = distinctNames(actors);
        stance = stance == null ? Stance.UNCLEAR : stance;
        note = note == null ? "" : note;
        status = status == null ? AnchorStatus.ANCHORED : status;
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    private static List<String> distinctNames(List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }
}
