package org.claimline.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code claimline-workspace.json} in a workspace folder: what the analyst set by hand for the folder's articles
 * (each article's reading status, by its path in the folder). Bounded reads, atomic writes made against what is on
 * disk (another window's statuses are kept).
 */
public final class WorkspaceStateFile {
    public static final String NAME = "claimline-workspace.json";
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private WorkspaceStateFile() {
    }

    /** Article path → status id; empty when the file is missing. */
    public static Map<String, String> readStatuses(Path workspace) throws IOException {
        return decode(AtomicFiles.readBounded(workspace.resolve(NAME), MAX_BYTES, "workspace file"), workspace);
    }

    /** Records {@code changes} (a null value removes the entry) over what the file holds now. */
    public static void writeStatuses(Path workspace, Map<String, String> changes) throws IOException {
        Path file = workspace.resolve(NAME);
        for (int attempt = 0; ; attempt++) {
            byte[] before = AtomicFiles.readBounded(file, MAX_BYTES, "workspace file");
            Map<String, String> all = new TreeMap<>(decode(before, workspace));
            changes.forEach((k, v) -> {
                if (v == null) {
                    all.remove(k);
                } else {
                    all.put(k, v);
                }
            });
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("cl:workspaceVersion", 1);
            ObjectNode st = root.putObject("statuses");
            all.forEach(st::put);
            try {
                AtomicFiles.write(file, SidecarMapper.WRITER.writeValueAsBytes(root), before);
                return;
            } catch (AtomicFiles.ChangedMeanwhile e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, String> decode(byte[] bytes, Path workspace) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (bytes.length == 0) {
            return out;
        }
        JsonNode root;
        try {
            root = SidecarMapper.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(workspace.resolve(NAME) + " cannot be read: " + SidecarMapper.describe(e));
        }
        JsonNode st = root == null ? null : root.get("statuses");
        if (st != null && st.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = st.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        return out;
    }
}
