package org.claimline.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the library knows of one article, as cached between sessions: the file's stamp (size, modification time,
 * content hash), the cleaner's metadata, and the sidecar's claims. {@code problem} says in the user's words why the
 * article could not be read or cleaned (null when it could); {@code sidecarProblem} the same of its sidecar. Any
 * metadata value may be null (unknown).
 */
public record ArticleInfo(String rel, long size, long mtime, String hash,
                          String title, String outlet, String byline, String published, String language,
                          String problem,
                          long sidecarSize, long sidecarMtime, int claims, Map<String, Integer> issueCounts,
                          List<String> actors, String sidecarProblem) {

    public ArticleInfo {
        issueCounts = issueCounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(issueCounts));
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** Whether the article was read and cleaned. */
    public boolean readable() {
        return problem == null;
    }

    /** Whether the file and its sidecar still have the size and time recorded here. */
    public boolean sameStamp(long size, long mtime, long sidecarSize, long sidecarMtime) {
        return this.size == size && this.mtime == mtime && this.sidecarSize == sidecarSize
                && this.sidecarMtime == sidecarMtime;
    }

    /** The title, or the file name when the page had none. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? rel : rel.substring(slash + 1);
    }
}
