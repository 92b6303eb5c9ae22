package org.claimline.workspace;

import java.io.IOException;
import java.util.Map;

/** Where the reading statuses of a workspace's articles are kept (by relative path); {@code storage} writes them. */
public interface StatusStore {
    /** Every status recorded; articles not in it are {@link ReadingStatus#TO_READ}. Never throws for a missing file. */
    Map<String, ReadingStatus> load() throws IOException;

    /** Records every status given (atomically); throws with a message for the user when the folder is read-only. */
    void save(Map<String, ReadingStatus> statuses) throws IOException;

    /** A store that keeps statuses in memory only (tests, a folder opened read-only). */
    static StatusStore inMemory() {
        return new StatusStore() {
            private Map<String, ReadingStatus> m = Map.of();

            @Override
            public Map<String, ReadingStatus> load() {
                return m;
            }

            @Override
            public void save(Map<String, ReadingStatus> statuses) {
                m = Map.copyOf(statuses);
            }
        };
    }
}
