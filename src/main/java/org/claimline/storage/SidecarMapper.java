package org.claimline.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Jackson configuration for sidecars and imported JSON-LD: explicit stream-read limits so a
 * hostile file fails fast with a message instead of exhausting memory or stack, strict duplicate keys,
 * and no polymorphic or default typing anywhere.
 */
final class SidecarMapper {
    /** Files above this size are refused before parsing. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 200;
    static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 10_000;

    static final ObjectMapper MAPPER = create();
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private SidecarMapper() {
    }

    private static ObjectMapper create() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // emoji and CJK Extension B stay readable in the file instead of surrogate-pair escapes
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "start": "10" or "cl:schemaVersion": "1" are not numbers; every reader refuses them alike
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** Two-space indent, LF only and {@code "key": value}, so sidecars diff cleanly in git on every OS. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentArraysWith(lf);
        p.indentObjectsWith(lf);
        return p;
    }

    private static final Pattern FOUND = Pattern.compile("from (\\w+(?:-\\w+)?) value");
    private static final Map<String, String> KINDS = Map.of("Array", "a list", "Object", "an object", "String", "text",
            "Integer", "a number", "Floating-point", "a number", "Boolean", "true or false", "Null", "null");

    /** The JSON kind a Java target type is read from, in words. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static final Pattern JAVA_NAME = Pattern.compile("`[^`]*`|\\b(?:java|javax|com\\.fasterxml|org\\.claimline)\\.[\\w.$]+");

    /** A one-line, user-readable reason for a parse failure: where, and what (limits named plainly). */
    static String describe(JsonProcessingException e) {
        String what = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException
                || what != null && what.contains("exceeds the maximum allowed")) {
            what = limit(what);
        } else if (what != null && what.startsWith("Unexpected end-of-input")) {
            what = "the file is truncated (it ends in the middle of the JSON)";
        } else if (what != null && what.startsWith("Illegal unquoted character")) {
            what = "not valid JSON: a line break or control character inside quoted text";
        } else if (what != null && what.startsWith("Illegal character")) {
            what = "not valid JSON: a control character between values (is this a JSON file?)";
        } else if (what != null && (what.startsWith("Unexpected character") || what.startsWith("Unrecognized token"))) {
            Matcher token = Pattern.compile("'([^']*)'").matcher(what);
            String expected = what.contains("double-quote to start field name") ? "a name in double quotes"
                    : what.contains("comma") ? "a comma or a closing bracket" : "a JSON value";
            what = "not valid JSON: found " + (token.find() ? "'" + token.group(1) + "'" : "a stray character")
                    + " where " + expected + " belongs";
        } else if (what != null && what.startsWith("Invalid UTF-8")) {
            what = "not UTF-8 text (saved in another encoding, or damaged)";
        } else if (what != null && what.startsWith("Non-standard token")) {
            Matcher token = Pattern.compile("'([^']*)'").matcher(what);
            what = (token.find() ? token.group(1) : "a word") + " is not a number JSON allows";
        } else if (e instanceof MismatchedInputException mi && what != null
                && (what.startsWith("Cannot deserialize") || what.startsWith("Cannot coerce")
                || what.startsWith("Cannot construct instance"))) {
            // Jackson names our Java classes here; the user needs the JSON kinds
            Matcher found = FOUND.matcher(what);
            String foundKind = found.find() ? KINDS.getOrDefault(found.group(1),
                    "a " + found.group(1).toLowerCase(java.util.Locale.ROOT) + " value")
                    : what.contains("String") ? "text" : null;
            what = "expected " + kind(mi.getTargetType()) + (foundKind == null ? "" : ", found " + foundKind);
            if (mi.getPath().isEmpty()) {
                what = "not an annotation collection: " + what;
            }
        }
        if (what != null) {
            // Jackson's "(start marker at [Source: REDACTED …; line: 1, column: 14])" says nothing a user needs
            what = what.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                    .replaceAll("\\s*\\[Source: REDACTED[^\\]]*\\]", "")
                    .replaceAll("[;:,]?\\s*\\(?(?:use|enable|disable)\\s+`[^`]*`[^)]*\\)?", "");
            int nl = what.indexOf('\n');
            if (nl > 0) {
                what = what.substring(0, nl);
            }
            what = JAVA_NAME.matcher(what).replaceAll("a value").trim();
            if (what.length() > 300) {
                what = what.substring(0, 300) + "…";
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jm && !jm.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : jm.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            what = "at " + path + ": " + what;
        }
        var loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        return where + what;
    }

    /** A safety limit of the parser, said as what the file does. */
    private static String limit(String what) {
        String w = what == null ? "" : what.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("nesting depth")) {
            return "the JSON is nested more than " + MAX_NESTING_DEPTH + " levels deep, more than a sidecar ever is";
        }
        if (w.contains("string value length")) {
            return "it holds a text longer than " + (MAX_STRING_LENGTH >> 20) + " million characters";
        }
        if (w.contains("number value length")) {
            return "it holds a number longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (w.contains("name length")) {
            return "it holds a field name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (w.contains("document length")) {
            return "it is larger than the " + (MAX_FILE_BYTES >> 20) + " MB a sidecar may have";
        }
        return "it exceeds a safety limit of the reader";
    }
}
