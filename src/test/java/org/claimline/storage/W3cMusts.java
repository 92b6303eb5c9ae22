package org.claimline.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C Web Annotation test suite's MUST assertions (the JSON Schemas in
 * {@code ../shared/formats/w3c-web-annotation/tests/}), applied as {@code ../shared/tools/w3c_validate.py}
 * applies them: for an {@code AnnotationCollection} the collection MUSTs and page MUSTs on the collection, the
 * page MUSTs on the embedded page alone (with the collection's {@code @context}), and the annotation MUSTs on
 * every item (with the collection's {@code @context} copied in, as a consumer splitting items would do). Each
 * assertion's {@code expectedResult} says whether the document must validate or must not; {@code uri} and
 * {@code date-time} formats are asserted (a bare file name is not a URI).
 */
public final class W3cMusts {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A made-up base: each assertion's relative {@code id} and {@code $ref}s resolve against it, then map to files. */
    private static final String BASE = "https://w3c-annotation-tests.invalid/definitions/";

    private final Path root;
    private final JsonSchemaFactory factory;
    private final Map<String, Assertion> cache = new LinkedHashMap<>();

    private record Assertion(String file, JsonSchema schema, boolean expectValid, boolean must) {
    }

    /** One MUST assertion a document failed. */
    public record Failure(String where, String assertion, String message) {
        @Override
        public String toString() {
            return where + ": " + assertion + " (" + message + ")";
        }
    }

    private W3cMusts(Path root) {
        this.root = root;
        String defs = root.resolve("definitions").toUri().toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaMappers(m -> m.mapPrefix(BASE, defs)));
    }

    /** The suite, or a skipped test (JUnit assumption) when {@code ../shared} does not hold it. */
    public static W3cMusts load() {
        Path root = Path.of(System.getProperty("claimline.shared", "../shared"), "formats/w3c-web-annotation/tests");
        assumeTrue(Files.isRegularFile(root.resolve("annotations/annotationMusts.test")),
                "the W3C Web Annotation test suite is not in ../shared");
        return new W3cMusts(root);
    }

    public List<Failure> check(byte[] json) throws IOException {
        return check(JSON.readTree(json));
    }

    /** Every MUST failure of a single annotation or of a collection with its embedded page and items. */
    public List<Failure> check(JsonNode doc) throws IOException {
        List<Failure> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if ("AnnotationCollection".equals(doc.path("type").asText())) {
            run("collections/collectionMusts.test", doc, "collection", out);
            run("collections/pages/pageMusts.test", doc, "collection as page", out);
            ObjectNode page = doc.path("first").deepCopy();
            page.set("@context", doc.get("@context"));
            run("collections/pages/pageMusts.test", page, "page", out);
            doc.path("first").path("items").forEach(items::add);
        } else {
            items.add(doc);
        }
        for (JsonNode it : items) {
            ObjectNode a = it.deepCopy();
            if (!a.has("@context")) {
                a.set("@context", doc.get("@context"));
            }
            run("annotations/annotationMusts.test", a, "annotation " + it.path("id").asText(), out);
        }
        return out;
    }

    private void run(String test, JsonNode doc, String where, List<Failure> out) throws IOException {
        for (JsonNode name : JSON.readTree(root.resolve(test).toFile()).path("assertions")) {
            Assertion a = assertion(name.asText());
            if (!a.must()) {
                continue;
            }
            var messages = a.schema().validate(doc);
            if (messages.isEmpty() != a.expectValid()) {
                out.add(new Failure(where, a.file(), messages.isEmpty() ? "valid, but must not be"
                        : messages.iterator().next().getMessage()));
            }
        }
    }

    private Assertion assertion(String file) throws IOException {
        Assertion a = cache.get(file);
        if (a == null) {
            JsonNode s = JSON.readTree(root.resolve(file).toFile());
            String name = Path.of(file).getFileName().toString();
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + name), s,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            a = new Assertion(file, schema, !"invalid".equals(s.path("expectedResult").asText("valid")),
                    "must".equals(s.path("assertionType").asText()));
            cache.put(file, a);
        }
        return a;
    }
}
