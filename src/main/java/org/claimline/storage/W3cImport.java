package org.claimline.storage;

import static org.claimline.storage.W3cJson.*;

import org.claimline.storage.W3cJson.TextSelection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.claimline.files.BoundedRead;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimline.model.CodePointIndex;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/**
 * Lenient reader for annotations someone else wrote: a colleague's Claimline sidecar, or W3C Web
 * Annotation JSON-LD from another tool (a single {@code Annotation}, an {@code AnnotationCollection} with
 * {@code items} or {@code first.items}, an {@code AnnotationPage}, or a plain array; {@code body},
 * {@code target} and {@code selector} as an object, an array or an IRI). Only annotations whose target has
 * a {@code TextQuoteSelector} or {@code TextPositionSelector} become claims; the others are listed as
 * skipped with the reason. Anchors are kept as recorded: a quote without a usable position is an orphan
 * until it is re-anchored. Bodies map by purpose (or else the motivation): {@code describing} → summary,
 * {@code commenting} and others → note, {@code tagging} → tags, {@code classifying} → issues and
 * {@code identifying} → actors by name (same name, same taxonomy entry; new names get new entries).
 */
public final class W3cImport {

    /** Colours for issues that arrive without one (the same twelve the reader cycles through). */
    public static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78");

    /** An annotation that could not become a claim, or became one with something changed, and why. */
    public record Skipped(String annotation, String reason) {
        @Override
        public String toString() {
            return annotation + ": " + reason;
        }
    }

    /**
     * What was read. {@code skipped} annotations did not become claims; {@code changed} ones did, with what
     * was not kept as written said in the reason; {@code warnings} concern the file as a whole (a collection
     * that promises more annotations than it holds, targets naming another article). {@code document} is set
     * when the file is a Claimline sidecar; {@code sources} are the target sources seen.
     */
    public record Result(List<Claim> claims, Taxonomy taxonomy, List<Skipped> skipped, List<String> warnings,
                         Set<String> sources, DocumentInfo document, List<Skipped> changed) {
        public Result {
            claims = List.copyOf(claims);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
            sources = Set.copyOf(sources);
            changed = List.copyOf(changed);
        }

        /** Every skipped or changed annotation and every warning, one line each, in the user's words. */
        public List<String> report() {
            List<String> out = new ArrayList<>();
            skipped.forEach(s -> out.add("skipped " + s));
            changed.forEach(c -> out.add("changed " + c));
            out.addAll(warnings);
            return out;
        }
    }

    /**
     * Reads a file for the article named {@code articleName} (its file name; null when unknown): targets whose
     * source names another document are reported.
     */
    public Result read(Path file, String articleText, String articleName) throws IOException, SidecarFormatException {
        Result r = read(file, articleText);
        List<String> w = new ArrayList<>(r.warnings());
        w.addAll(foreignSources(r.sources(), articleText, articleName));
        return new Result(r.claims(), r.taxonomy(), r.skipped(), w, r.sources(), r.document(), r.changed());
    }

    /** One line per target source that is neither this article's file nor its cleaned text. */
    static List<String> foreignSources(Set<String> sources, String text, String articleName) {
        List<String> out = new ArrayList<>();
        String here = text == null ? null : TextSource.iri(text);
        for (String s : new java.util.TreeSet<>(sources)) {
            boolean byHash = TextSource.sha256Hex(s) != null;
            if (s.equals(here) || !byHash && (articleName == null || s.equals(articleName) || s.endsWith("/" + articleName))) {
                continue;
            }
            if (byHash) {
                out.add("some annotations were made on another version of the article's text (" + s
                        + "); they were placed by their quotes");
            } else {
                out.add("some annotations target " + s + (articleName == null ? "" : ", not " + articleName)
                        + "; they were placed in this article by their quotes");
            }
        }
        return out;
    }

    /** Reads a file, refusing it before parsing when it is over the sidecar size limit. */
    public Result read(Path file, String articleText) throws IOException, SidecarFormatException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, SidecarMapper.MAX_FILE_BYTES, "an annotation file");
        } catch (BoundedRead.RefusedException e) {
            throw new SidecarFormatException(e.getMessage());
        }
        try {
            return read(bytes, articleText);
        } catch (SidecarFormatException e) {
            throw new SidecarFormatException(file + ": " + e.getMessage());
        }
    }

    /**
     * Reads JSON(-LD) bytes. {@code articleText} (may be null) is the current cleaned text: it turns
     * code-point positions into the model's offsets and lets a position-only selector recover its quote.
     */
    public Result read(byte[] json, String articleText) throws SidecarFormatException {
        JsonNode root;
        try {
            root = SidecarMapper.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SidecarFormatException(SidecarMapper.describe(e));
        } catch (IOException e) {
            throw new SidecarFormatException(String.valueOf(e.getMessage()));
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new SidecarFormatException("expected a JSON object or array of annotations");
        }
        List<String> warnings = new ArrayList<>();
        if (root.isObject() && root.has("cl:schemaVersion")) {
            try {
                SidecarCodec.Decoded d = SidecarCodec.decode(json, articleText);
                SidecarFile f = d.file();
                Set<String> sources = new LinkedHashSet<>();
                if (f.document().sourceName() != null) {
                    sources.add(f.document().sourceName());
                }
                if (f.document().textSha256() != null && f.document().textSha256().matches("[0-9a-fA-F]{64}")) {
                    sources.add(TextSource.fromSha256Hex(f.document().textSha256()));
                }
                return new Result(f.annotations().claims(), f.annotations().taxonomy(), List.of(), d.warnings(),
                        sources, f.document(), List.of());
            } catch (SidecarFormatException e) {
                warnings.add("read as plain W3C JSON-LD because the Claimline fields have problems: " + e.getMessage());
            }
        }
        return new Lenient(articleText, warnings).run(root);
    }

    /** Motivations that say which field a body fills; any other is kept as a tag. */
    private static final Set<String> BODY_MOTIVATIONS = Set.of("commenting", "describing", "tagging", "classifying",
            "identifying");

    /** One import pass; builds the taxonomy as it goes. */
    private static final class Lenient {
        private final String text;
        private final CodePointIndex cp;
        private final List<String> warnings;
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<Skipped> changed = new ArrayList<>();
        private final Set<String> sources = new LinkedHashSet<>();
        private Taxonomy taxonomy = Taxonomy.empty();

        Lenient(String text, List<String> warnings) {
            this.text = text;
            this.cp = CodePointIndex.of(text);
            this.warnings = warnings;
        }

        Result run(JsonNode root) throws SidecarFormatException {
            taxonomy = declaredTaxonomy(root.path("cl:taxonomy"));
            List<JsonNode> items = annotations(root);
            List<Claim> claims = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode a = items.get(i);
                String label = a.path("id").isTextual() ? a.get("id").asText() : "annotation " + (i + 1);
                if (!a.isObject()) {
                    skipped.add(new Skipped(label, "not a JSON object"));
                    continue;
                }
                if (!hasType(a, "Annotation") && !a.has("target")) {
                    skipped.add(new Skipped(label, "not an Annotation (type " + a.path("type") + ")"));
                    continue;
                }
                Claim c = claim(a, label);
                if (c != null && !ids.add(c.id())) {
                    skipped.add(new Skipped(label, "id used twice; the first one was kept"));
                } else if (c != null) {
                    claims.add(c);
                }
            }
            return new Result(claims, taxonomy, skipped, warnings, sources, null, changed);
        }

        private List<JsonNode> annotations(JsonNode root) throws SidecarFormatException {
            List<JsonNode> out = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(out::add);
            } else if (root.path("rows").isArray() && !root.has("type")) {
                // the Hypothesis search API: {"total": n, "rows": [annotation, …]}
                root.get("rows").forEach(out::add);
                promised(root.path("total"), out.size(), "the search result");
            } else if (hasType(root, "AnnotationCollection") || hasType(root, "AnnotationPage")) {
                JsonNode first = root.path("first");
                if (root.has("items")) {
                    root.get("items").forEach(out::add);
                    promised(root.path("partOf").path("total"), out.size(), "the page's collection");
                } else if (first.isObject()) {
                    first.path("items").forEach(out::add);
                    if (first.has("next")) {
                        warnings.add("only the embedded first page was read; later pages (" + first.path("next").asText("")
                                + ") are separate documents: save and import each");
                    }
                } else if (first.isTextual() || first.path("id").isTextual() && !first.has("items")) {
                    throw new SidecarFormatException("the collection keeps its annotations on separate pages (first: "
                            + (first.isTextual() ? first.asText() : first.get("id").asText())
                            + ") that Claimline does not download; save each page as a file and import it");
                }
                promised(root.path("total"), out.size(), "the collection");
            } else {
                out.add(root);
            }
            return out;
        }

        /** Warns when a collection's or page's {@code total} promises more (or fewer) annotations than it holds. */
        private void promised(JsonNode total, int held, String what) {
            if (total.canConvertToLong() && total.isIntegralNumber() && total.asLong() != held) {
                warnings.add("\u201Ctotal\u201D of " + what + " says " + total.asLong() + " annotations but the file holds "
                        + held + (total.asLong() > held ? "; the others are not in this file" : ""));
            }
        }

        private Claim claim(JsonNode a, String label) {
            TextSelection sel = null;
            for (JsonNode target : asList(a.path("target"))) {
                if (target.isObject() && target.path("source").isTextual()) {
                    sources.add(target.get("source").asText());
                } else if (target.isTextual()) {
                    sources.add(target.asText());
                }
                TextSelection s = textSelection(target);
                if (s != null && (sel == null || sel.quote == null && s.quote != null)) {
                    sel = s;
                }
            }
            if (sel == null) {
                skipped.add(new Skipped(label, describeTarget(a.path("target"))));
                return null;
            }
            Anchor anchor = anchor(sel, a, label);
            if (anchor == null) {
                return null;
            }
            StringBuilder summary = new StringBuilder();
            StringBuilder note = new StringBuilder();
            List<String> issues = new ArrayList<>();
            List<String> actors = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<String> motivations = texts(a.path("motivation"));
            String motivation = motivations.isEmpty() ? null : motivations.get(0);
            for (String m : motivations) {
                if (!BODY_MOTIVATIONS.contains(m.replaceFirst("^oa:", ""))) {
                    tags.add(m.replaceFirst("^oa:", ""));
                    changed.add(new Skipped(label, "its motivation \u201C" + m + "\u201D became a tag (Claimline has no motivations)"));
                }
            }
            if (a.path("bodyValue").isTextual()) {
                append(note, a.get("bodyValue").asText());
            }
            // Hypothesis writes its own fields instead of bodies: text is the note, tags are tags
            if (a.path("text").isTextual() && !a.get("text").asText().isBlank()) {
                append(note, a.get("text").asText());
            }
            for (JsonNode t : asList(a.path("tags"))) {
                if (t.isTextual() && !t.asText().isBlank()) {
                    tags.add(t.asText().trim());
                }
            }
            for (JsonNode b : asList(a.path("body"))) {
                if (hasType(b, "Choice")) {
                    b = firstTextual(b.path("items"));
                    if (b == null) {
                        changed.add(new Skipped(label, "a Choice body without a text option was left out"));
                        continue;
                    }
                }
                String purpose = firstText(b.path("purpose"));
                if (purpose == null) {
                    purpose = motivation;
                }
                String value = bodyText(b);
                if (value == null || value.isBlank()) {
                    if (!(b.isObject() && b.path("value").isTextual())) {
                        changed.add(new Skipped(label, "a body with no text was left out"));
                    }
                    continue;
                }
                if (isLinkBody(b)) {
                    changed.add(new Skipped(label, "a body is a linked resource (" + value + "); its address was kept in the note"));
                    append(note, value);
                    continue;
                }
                switch (purpose == null ? "commenting" : purpose.replaceFirst("^oa:", "")) {
                    case "describing" -> append(summary, value);
                    case "tagging" -> tags.add(value.trim());
                    case "classifying" -> issues.add(b.path("cl:issue").isTextual() && taxonomy.issue(b.get("cl:issue").asText()).isPresent()
                            ? b.get("cl:issue").asText() : issueNamed(value.trim()));
                    case "identifying" -> actors.add(b.path("cl:actor").isTextual() && taxonomy.actor(b.get("cl:actor").asText()).isPresent()
                            ? b.get("cl:actor").asText() : actorNamed(value.trim()));
                    default -> append(note, value);
                }
            }
            String id = a.path("id").isTextual() && !a.get("id").asText().isBlank()
                    ? ClaimIds.fromIri(a.get("id").asText())
                    // no id: one derived from the annotation, so importing the same file again finds it again
                    : UUID.nameUUIDFromBytes(a.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            JsonNode modified = a.has("modified") ? a.path("modified") : a.path("updated");
            return new Claim(id, anchor, summary.toString(), distinct(issues), distinct(actors),
                    Stance.fromId(a.path("cl:stance").asText(null)), note.toString(), distinct(tags),
                    instant(a.path("created"), label), instant(modified, label), creator(a));
        }

        /** The W3C creator, else Hypothesis's display name or account ({@code acct:alice@hypothes.is} → alice). */
        private static String creator(JsonNode a) {
            String c = SidecarCodec.creatorName(a.get("creator"));
            if (c != null) {
                return c;
            }
            if (a.path("user_info").path("display_name").isTextual()) {
                return a.get("user_info").get("display_name").asText();
            }
            if (a.path("user").isTextual()) {
                String u = a.get("user").asText().replaceFirst("^acct:", "");
                return u.endsWith("@hypothes.is") ? u.substring(0, u.length() - "@hypothes.is".length()) : u;
            }
            return null;
        }

        /** The claim's anchor, or null when the annotation was skipped (a position that is no passage). */
        private Anchor anchor(TextSelection s, JsonNode a, String label) {
            AnchorStatus recorded = AnchorStatus.ANCHORED;
            JsonNode st = a.path("target").path("cl:anchoring").path("cl:status");
            if (st.isTextual()) {
                try {
                    recorded = AnchorStatus.fromId(st.asText());
                } catch (IllegalArgumentException e) {
                    warnings.add(label + ": unknown anchoring status " + st.asText());
                }
            }
            double score = a.path("target").path("cl:anchoring").path("cl:score").asDouble(1.0);
            int length = text == null ? -1 : text.codePointCount(0, text.length());
            boolean positionOk = s.start >= 0 && s.end >= s.start && (length < 0 || s.end <= length);
            String position = s.start >= 0 ? "its position (start " + s.start + ", end " + s.end + ")" : null;
            TextRange range = positionOk ? new TextRange(cp.toUtf16(s.start), cp.toUtf16(s.end)) : null;
            if (s.quote == null) {
                if (range != null && text != null) {
                    return new Anchor(TextQuote.of(text, range), range, AnchorStatus.ANCHORED, 1.0);
                }
                if (range != null) {
                    warnings.add(label + ": position only; its quote is unknown until it is placed in the article");
                    return new Anchor(new TextQuote("", "", ""), range, AnchorStatus.ANCHORED, 1.0);
                }
                skipped.add(new Skipped(label, s.relative
                        ? "its only position is relative to another selector and it has no quote"
                        : position + " is not a passage of the article (" + length + " characters) and it has no quote"));
                return null;
            }
            if (position != null && !positionOk) {
                changed.add(new Skipped(label, position + " is not a passage of the article; it was placed by its quote"));
            }
            if (text == null) {
                return range == null || recorded == AnchorStatus.ORPHAN ? new Anchor(s.quote, null, AnchorStatus.ORPHAN, 0.0)
                        : new Anchor(s.quote, range, recorded, recorded == AnchorStatus.FUZZY ? score : 1.0);
            }
            if (range != null && recorded != AnchorStatus.ORPHAN && range.end() <= text.length()
                    && text.startsWith(s.quote.exact(), range.start())) {
                return new Anchor(s.quote, range, recorded, recorded == AnchorStatus.FUZZY ? score : 1.0);
            }
            // Anchor by what the selector says: the exact text with its prefix right before and its suffix right
            // after, whatever their length (the W3C model fixes none; Hypothesis and others write their own).
            TextRange said = uniqueMatch(s.quote);
            if (said != null) {
                return new Anchor(TextQuote.of(text, said), said, AnchorStatus.ANCHORED, 1.0);
            }
            return new Anchor(s.quote, null, AnchorStatus.ORPHAN, 0.0);
        }

        /** The one place where exact, prefix and suffix all match as written, or null (none, or several). */
        private TextRange uniqueMatch(TextQuote q) {
            if (q.exact().isEmpty()) {
                return null;
            }
            TextRange found = null;
            for (int at = text.indexOf(q.exact()); at >= 0; at = text.indexOf(q.exact(), at + 1)) {
                int end = at + q.exact().length();
                if (text.startsWith(q.prefix(), at - q.prefix().length()) && text.startsWith(q.suffix(), end)) {
                    if (found != null) {
                        return null;
                    }
                    found = new TextRange(at, end);
                }
            }
            return found;
        }

        private String issueNamed(String name) {
            var found = taxonomy.issueNamed(name);
            if (found.isPresent()) {
                return found.get().id();
            }
            Issue i = new Issue(UUID.randomUUID().toString(), name, PALETTE.get(taxonomy.issues().size() % PALETTE.size()));
            taxonomy = taxonomy.withIssue(i);
            return i.id();
        }

        private String actorNamed(String name) {
            var found = taxonomy.actorNamed(name);
            if (found.isPresent()) {
                return found.get().id();
            }
            Actor a = new Actor(UUID.randomUUID().toString(), name, List.of());
            taxonomy = taxonomy.withActor(a);
            return a.id();
        }

        private Taxonomy declaredTaxonomy(JsonNode t) {
            Taxonomy out = Taxonomy.empty();
            for (JsonNode i : asList(t.path("cl:issues"))) {
                if (i.path("cl:id").isTextual() && i.path("cl:name").isTextual()) {
                    out = out.withIssue(new Issue(i.get("cl:id").asText(), i.get("cl:name").asText(),
                            i.path("cl:color").asText(PALETTE.get(out.issues().size() % PALETTE.size()))));
                }
            }
            for (JsonNode a : asList(t.path("cl:actors"))) {
                if (a.path("cl:id").isTextual() && a.path("cl:name").isTextual()) {
                    List<String> aliases = new ArrayList<>();
                    asList(a.path("cl:aliases")).forEach(n -> {
                        if (n.isTextual()) {
                            aliases.add(n.asText());
                        }
                    });
                    out = out.withActor(new Actor(a.get("cl:id").asText(), a.get("cl:name").asText(), aliases));
                }
            }
            return out;
        }

        private Instant instant(JsonNode n, String label) {
            if (!n.isTextual()) {
                return null;
            }
            String s = n.asText().trim();
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)
                            : LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    warnings.add(label + ": unreadable date " + s);
                    return null;
                }
            }
        }
    }
}
