package org.claimline.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.claimline.model.Codebook;

/**
 * A workspace's {@code claimline-codebook.json}: human-readable JSON, {@code issues} (id, name, color,
 * description) and {@code actors} (id, name, aliases, description). Reads are bounded; writes are atomic and, via
 * {@link #update}, made against what is on disk at that moment, so two windows editing the codebook both keep
 * their changes.
 */
public final class CodebookFile {
    public static final String NAME = "claimline-codebook.json";
    static final int FORMAT = 1;
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private CodebookFile() {
    }

    public static Path in(Path workspace) {
        return workspace.resolve(NAME);
    }

    /** The codebook in {@code file}; empty when there is none. Throws with a message for the user when unreadable. */
    public static Codebook read(Path file) throws IOException {
        return decode(AtomicFiles.readBounded(file, MAX_BYTES, "codebook"), file);
    }

    public static void write(Path file, Codebook cb) throws IOException {
        AtomicFiles.write(file, encode(cb), null);
    }

    /** Applies {@code edit} to the codebook as it is on disk now and writes the result; returns it. */
    public static Codebook update(Path file, UnaryOperator<Codebook> edit) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] before = AtomicFiles.readBounded(file, MAX_BYTES, "codebook");
            Codebook next = edit.apply(decode(before, file));
            try {
                AtomicFiles.write(file, encode(next), before);
                return next;
            } catch (AtomicFiles.ChangedMeanwhile e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    static byte[] encode(Codebook cb) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("cl:codebookVersion", FORMAT);
        ArrayNode issues = root.putArray("issues");
        for (Codebook.Code c : cb.issues()) {
            issues.addObject().put("id", c.id()).put("name", c.name()).put("color", c.color())
                    .put("description", c.description());
        }
        ArrayNode actors = root.putArray("actors");
        for (Codebook.Person p : cb.actors()) {
            ObjectNode a = actors.addObject().put("id", p.id()).put("name", p.name());
            ArrayNode al = a.putArray("aliases");
            p.aliases().forEach(al::add);
            a.put("description", p.description());
        }
        try {
            byte[] json = SidecarMapper.WRITER.writeValueAsBytes(root);
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the codebook", e);
        }
    }

    static Codebook decode(byte[] bytes, Path file) throws IOException {
        if (bytes.length == 0) {
            return Codebook.empty();
        }
        JsonNode root;
        try {
            root = SidecarMapper.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " cannot be read: " + SidecarMapper.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + " cannot be read: it holds no JSON object");
        }
        if (root.path("cl:codebookVersion").asInt(1) > FORMAT) {
            throw new IOException(file + " was written by a newer version of Claimline; it is left as it is");
        }
        List<Codebook.Code> issues = new ArrayList<>();
        List<Codebook.Person> actors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : root.path("issues")) {
            String id = text(n, "id");
            String name = text(n, "name");
            if (id == null || name == null || !ids.add("i:" + id)) {
                throw new IOException(file + " cannot be read: an issue lacks an id or a name, or repeats an id");
            }
            issues.add(new Codebook.Code(id, name, text(n, "color"), text(n, "description")));
        }
        for (JsonNode n : root.path("actors")) {
            String id = text(n, "id");
            String name = text(n, "name");
            if (id == null || name == null || !ids.add("a:" + id)) {
                throw new IOException(file + " cannot be read: an actor lacks an id or a name, or repeats an id");
            }
            List<String> aliases = new ArrayList<>();
            for (JsonNode a : n.path("aliases")) {
                if (a.isTextual()) {
                    aliases.add(a.asText());
                }
            }
            actors.add(new Codebook.Person(id, name, aliases, text(n, "description")));
        }
        return new Codebook(issues, actors);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
