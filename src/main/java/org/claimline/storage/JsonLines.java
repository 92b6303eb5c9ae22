package org.claimline.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;

/** One compact JSON object per line, for the command line's {@code --json} output (maps, lists, strings, numbers). */
public final class JsonLines {
    private JsonLines() {
    }

    public static String line(Map<String, ?> object) {
        try {
            return SidecarMapper.MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
