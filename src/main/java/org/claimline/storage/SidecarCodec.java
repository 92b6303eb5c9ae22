package org.claimline.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.claimline.model.CodePointIndex;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;
import org.claimline.storage.SidecarExtras.AnnotationExtras;
import org.claimline.storage.dto.ActorDto;
import org.claimline.storage.dto.AnchoringDto;
import org.claimline.storage.dto.AnnotationDto;
import org.claimline.storage.dto.AnnotationPageDto;
import org.claimline.storage.dto.BodyDto;
import org.claimline.storage.dto.DocumentDto;
import org.claimline.storage.dto.IssueDto;
import org.claimline.storage.dto.SelectorDto;
import org.claimline.storage.dto.SidecarDto;
import org.claimline.storage.dto.TargetDto;
import org.claimline.storage.dto.TaxonomyDto;

/**
 * Model ⇄ sidecar JSON. Offsets are UTF-16 in the model and code points in the file; the cleaned text
 * given to {@link #encode} / {@link #decode} converts between them (null: offsets are taken as they are).
 */
final class SidecarCodec {
    static final int SCHEMA_VERSION = 1;
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String NAMESPACE = "https://claimline.org/ns#";
    static final String PREFIX = "cl";

    static final String DESCRIBING = "describing";
    static final String COMMENTING = "commenting";
    static final String CLASSIFYING = "classifying";
    static final String IDENTIFYING = "identifying";
    static final String TAGGING = "tagging";
    private static final Set<String> OUR_PURPOSES = Set.of(DESCRIBING, COMMENTING, CLASSIFYING, IDENTIFYING, TAGGING);
    private static final java.util.regex.Pattern COLOR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

    /** A decoded sidecar; warnings are inconsistencies that were tolerated (e.g. a claim naming a deleted issue). */
    record Decoded(SidecarFile file, int schemaVersion, List<String> warnings) {
    }

    private SidecarCodec() {
    }

    static JsonNode defaultContext() {
        ArrayNode ctx = JsonNodeFactory.instance.arrayNode();
        ctx.add(ANNO_CONTEXT);
        ctx.addObject().put(PREFIX, NAMESPACE);
        return ctx;
    }

    // ---------------------------------------------------------------- writing

    static byte[] encode(SidecarFile f, String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        // every string goes out well-formed: a lone surrogate becomes U+FFFD, never merged with its neighbour
        try (JsonGenerator g = new WellFormedStrings(SidecarMapper.MAPPER.getFactory().createGenerator(bytes))) {
            SidecarMapper.WRITER.writeValue(g, toDto(f, text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise annotations", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    static SidecarDto toDto(SidecarFile f, String text) {
        CodePointIndex cp = CodePointIndex.of(text);
        SidecarExtras x = f.extras();
        DocumentInfo d = f.document();
        AnnotationSet set = f.annotations();
        String collectionId = x.collectionId != null ? x.collectionId : "urn:uuid:" + UUID.randomUUID();
        // W3C targets name the cleaned text the positions count over, by an absolute IRI; the raw file stays
        // in cl:document
        String source = text != null ? TextSource.iri(text) : TextSource.forUnknownText(d);
        List<AnnotationDto> items = new ArrayList<>();
        for (Claim c : set.claims()) {
            items.add(toDto(c, set.taxonomy(), cp, source, x.annotations.get(c.id())));
        }
        List<IssueDto> issues = set.taxonomy().issues().stream()
                .map(i -> new IssueDto(i.id(), i.name(), i.color(), copy(x.issues.get(i.id())))).toList();
        List<ActorDto> actors = set.taxonomy().actors().stream()
                .map(a -> new ActorDto(a.id(), a.name(), a.aliases(), copy(x.actors.get(a.id())))).toList();
        return new SidecarDto(x.context != null ? x.context : defaultContext(), collectionId, SidecarDto.TYPE,
                SCHEMA_VERSION, d.title(), items.size(),
                new DocumentDto(d.sourceName(), d.sourceSha256(), d.textSha256(), d.textLength(), d.cleanerVersion(),
                        d.title(), d.byline(), d.published(), KeptBlocksJson.write(d.keptBlocks()), copy(x.document)),
                new TaxonomyDto(issues, actors, copy(x.taxonomy)),
                new AnnotationPageDto(collectionId + "#page1", AnnotationPageDto.TYPE, 0, items, copy(x.page)),
                copy(x.collection));
    }

    private static AnnotationDto toDto(Claim c, Taxonomy t, CodePointIndex cp, String source, AnnotationExtras ax) {
        Map<String, Map<String, JsonNode>> bodyExtras = ax == null ? Map.of() : ax.bodies;
        List<JsonNode> bodies = new ArrayList<>();
        if (!c.summary().isEmpty()) {
            bodies.add(body(DESCRIBING, c.summary(), null, null, bodyExtras));
        }
        if (!c.note().isEmpty()) {
            bodies.add(body(COMMENTING, c.note(), null, null, bodyExtras));
        }
        for (String id : c.issueIds()) {
            bodies.add(body(CLASSIFYING, t.issue(id).map(Issue::name).orElse(id), id, null, bodyExtras));
        }
        for (String id : c.actorIds()) {
            bodies.add(body(IDENTIFYING, t.actor(id).map(Actor::name).orElse(id), null, id, bodyExtras));
        }
        for (String tag : c.tags()) {
            bodies.add(body(TAGGING, tag, null, null, bodyExtras));
        }
        if (ax != null) {
            bodies.addAll(ax.otherBodies);
        }
        Anchor a = c.anchor();
        List<JsonNode> selectors = new ArrayList<>();
        TextQuote q = a.quote();
        selectors.add(tree(new SelectorDto(SelectorDto.QUOTE, q.exact(), q.prefix(), q.suffix(), null, null,
                copy(ax == null ? null : ax.quoteSelector))));
        if (a.range() != null) {
            selectors.add(tree(new SelectorDto(SelectorDto.POSITION, null, null, null,
                    cp.toCodePoints(a.range().start()), cp.toCodePoints(a.range().end()),
                    copy(ax == null ? null : ax.positionSelector))));
        }
        if (ax != null) {
            selectors.addAll(ax.otherSelectors);
        }
        double defaultScore = a.status() == AnchorStatus.ORPHAN ? 0.0 : 1.0;
        AnchoringDto anchoring = new AnchoringDto(a.status().id(),
                Double.compare(a.score(), defaultScore) == 0 ? null : a.score(), copy(ax == null ? null : ax.anchoring));
        TargetDto target = new TargetDto("SpecificResource", source, selectors, anchoring,
                copy(ax == null ? null : ax.target));
        JsonNode creator = null;
        if (c.creator() != null) {
            creator = ax != null && ax.creator != null && c.creator().equals(creatorName(ax.creator))
                    ? ax.creator
                    : agent(org.claimline.model.Coder.fromCreator(c.creator()));
        }
        return new AnnotationDto(ClaimIds.toIri(c.id()), AnnotationDto.TYPE,
                c.created() == null ? null : c.created().toString(),
                c.modified() == null ? null : c.modified().toString(),
                creator, c.stance().id(), bodies.isEmpty() ? null : bodies, target,
                copy(ax == null ? null : ax.annotation));
    }

    private static JsonNode body(String purpose, String value, String issue, String actor,
                                 Map<String, Map<String, JsonNode>> extras) {
        String key = AnnotationExtras.bodyKey(purpose, issue != null ? issue : actor != null ? actor : value);
        return tree(new BodyDto(BodyDto.TEXTUAL, purpose, value, issue, actor, copy(extras.get(key))));
    }

    private static JsonNode tree(Object dto) {
        return SidecarMapper.MAPPER.valueToTree(dto);
    }

    private static Map<String, JsonNode> copy(Map<String, JsonNode> m) {
        return m == null ? new LinkedHashMap<>() : new LinkedHashMap<>(m);
    }

    /** A W3C agent: a Person with the coder's ORCID IRI as id, name and initials as nickname, where given. */
    private static JsonNode agent(org.claimline.model.Coder who) {
        var n = JsonNodeFactory.instance.objectNode();
        if (who.orcid() != null) {
            n.put("id", who.orcid());
        }
        n.put("type", "Person").put("name", who.name());
        if (who.initials() != null) {
            n.put("nickname", who.initials());
        }
        return n;
    }

    /**
     * The creator a claim records from a W3C agent: a plain string; an object with a name (with its nickname and
     * ORCID id, as {@link org.claimline.model.Coder#creator()} writes them); else its nickname or id.
     */
    static String creatorName(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : creatorName(n.get(0));
        }
        if (n.path("name").isTextual()) {
            String orcid = n.path("id").isTextual()
                    ? org.claimline.model.Coder.orcidIri(n.get("id").asText()).orElse(null) : null;
            String nick = n.path("nickname").isTextual() ? n.get("nickname").asText() : null;
            return orcid == null && nick == null ? n.get("name").asText()
                    : new org.claimline.model.Coder(n.get("name").asText(), nick, orcid).creator();
        }
        for (String k : List.of("nickname", "id")) {
            if (n.path(k).isTextual()) {
                return n.get(k).asText();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- reading

    static Decoded decode(byte[] bytes, String text) throws SidecarFormatException {
        SidecarDto dto;
        try {
            dto = SidecarMapper.MAPPER.readValue(bytes, SidecarDto.class);
        } catch (JsonProcessingException e) {
            throw new SidecarFormatException(SidecarMapper.describe(e));
        } catch (IOException e) {
            throw new SidecarFormatException(e.getMessage());
        }
        if (dto == null) {
            throw new SidecarFormatException("the file holds no JSON object");
        }
        return new Reader(CodePointIndex.of(text)).read(dto);
    }

    /** One decoding pass; collects every problem instead of stopping at the first. */
    private static final class Reader {
        private final CodePointIndex cp;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private boolean lenient;
        /** The text length the file records (code points), against which positions are checked; may be null. */
        private Long textLength;

        Reader(CodePointIndex cp) {
            this.cp = cp;
        }

        Decoded read(SidecarDto dto) throws SidecarFormatException {
            if (!SidecarDto.TYPE.equals(dto.type())) {
                errors.add("\"type\" is " + quoted(dto.type()) + ", expected \"AnnotationCollection\"");
            }
            int version = dto.schemaVersion() == null ? -1 : dto.schemaVersion();
            if (version < 1) {
                errors.add("\"cl:schemaVersion\" is missing or not a positive number: this is not a Claimline sidecar");
                throw new SidecarFormatException(errors);
            }
            lenient = version > SCHEMA_VERSION;
            textLength = dto.document() == null ? null : dto.document().textLength();
            if (!hasAnnoContext(dto.context())) {
                errors.add("\"@context\" does not include " + ANNO_CONTEXT);
            }
            Taxonomy taxonomy = taxonomy(dto.taxonomy());
            Map<String, Map<String, JsonNode>> issueExtras = new HashMap<>();
            Map<String, Map<String, JsonNode>> actorExtras = new HashMap<>();
            if (dto.taxonomy() != null) {
                nonNull(dto.taxonomy().issues()).forEach(i -> putIfAny(issueExtras, i.id(), i.unknown()));
                nonNull(dto.taxonomy().actors()).forEach(a -> putIfAny(actorExtras, a.id(), a.unknown()));
            }
            List<Claim> claims = new ArrayList<>();
            Map<String, AnnotationExtras> annotationExtras = new HashMap<>();
            Set<String> ids = new HashSet<>();
            List<AnnotationDto> items = dto.first() == null ? List.of() : nonNull(dto.first().items());
            for (int i = 0; i < items.size(); i++) {
                AnnotationDto a = items.get(i);
                if (a == null) {
                    errors.add("annotation " + (i + 1) + " is null");
                    continue;
                }
                Claim c = claim(a, i + 1, taxonomy, annotationExtras);
                if (c != null && !ids.add(c.id())) {
                    errors.add("annotation " + (i + 1) + ": id " + a.id() + " is used twice");
                } else if (c != null) {
                    claims.add(c);
                }
            }
            if (dto.total() != null && dto.total() != items.size()) {
                warnings.add("\"total\" says " + dto.total() + " but there are " + items.size() + " annotations");
            }
            if (!errors.isEmpty() && !lenient) {
                throw new SidecarFormatException(errors);
            }
            DocumentDto d = dto.document();
            DocumentInfo doc = d == null ? DocumentInfo.empty() : new DocumentInfo(d.source(), d.sourceSha256(),
                    d.textSha256(), d.textLength(), d.cleanerVersion(), d.title(), d.byline(), d.published(),
                    KeptBlocksJson.read(d.keptBlocks(), warnings));
            SidecarExtras extras = new SidecarExtras(dto.id(), dto.context(), dto.unknown(),
                    dto.first() == null ? Map.of() : dto.first().unknown(),
                    d == null ? Map.of() : d.unknown(),
                    dto.taxonomy() == null ? Map.of() : dto.taxonomy().unknown(),
                    issueExtras, actorExtras, annotationExtras);
            List<String> all = new ArrayList<>(errors);
            all.addAll(warnings);
            return new Decoded(new SidecarFile(doc, new AnnotationSet(taxonomy, claims), extras), version, all);
        }

        private Taxonomy taxonomy(TaxonomyDto t) {
            if (t == null) {
                return Taxonomy.empty();
            }
            List<Issue> issues = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (IssueDto i : nonNull(t.issues())) {
                if (i == null || blank(i.id()) || i.name() == null || blank(i.color())) {
                    errors.add("taxonomy: an issue lacks \"cl:id\", \"cl:name\" or \"cl:color\"");
                } else if (!COLOR.matcher(i.color()).matches()) {
                    errors.add("taxonomy: issue " + quoted(i.name()) + " has colour " + quoted(i.color())
                            + "; a colour is written #rrggbb");
                } else if (!seen.add(i.id())) {
                    errors.add("taxonomy: issue id " + quoted(i.id()) + " is used twice");
                } else {
                    issues.add(new Issue(i.id(), i.name(), i.color()));
                }
            }
            List<Actor> actors = new ArrayList<>();
            seen.clear();
            for (ActorDto a : nonNull(t.actors())) {
                if (a == null || blank(a.id()) || a.name() == null) {
                    errors.add("taxonomy: an actor lacks \"cl:id\" or \"cl:name\"");
                } else if (!seen.add(a.id())) {
                    errors.add("taxonomy: actor id " + quoted(a.id()) + " is used twice");
                } else if (a.aliases() != null && a.aliases().contains(null)) {
                    errors.add("taxonomy: actor " + quoted(a.id()) + " has a null alias");
                } else {
                    actors.add(new Actor(a.id(), a.name(), a.aliases()));
                }
            }
            return new Taxonomy(issues, actors);
        }

        private Claim claim(AnnotationDto a, int n, Taxonomy taxonomy, Map<String, AnnotationExtras> extrasOut) {
            String where = "annotation " + n + (a.id() == null ? "" : " (" + a.id() + ")");
            int before = errors.size();
            if (blank(a.id())) {
                errors.add(where + ": no \"id\"");
            }
            if (!AnnotationDto.TYPE.equals(a.type())) {
                errors.add(where + ": \"type\" is " + quoted(a.type()) + ", expected \"Annotation\"");
            }
            Instant created = instant(a.created(), where, "created");
            Instant modified = instant(a.modified(), where, "modified");
            Stance stance = Stance.fromId(a.stance());
            if (a.stance() != null && !stance.id().equalsIgnoreCase(a.stance().trim())) {
                errors.add(where + ": unknown \"cl:stance\" " + quoted(a.stance()));
            }
            StringBuilder summary = new StringBuilder();
            StringBuilder note = new StringBuilder();
            List<String> issueIds = new ArrayList<>();
            List<String> actorIds = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<JsonNode> otherBodies = new ArrayList<>();
            Map<String, Map<String, JsonNode>> bodyExtras = new HashMap<>();
            for (JsonNode b : nonNull(a.body())) {
                BodyDto body = ourBody(b);
                if (body == null) {
                    otherBodies.add(b);
                    continue;
                }
                String value = body.value();
                switch (body.purpose()) {
                    case DESCRIBING -> append(summary, value);
                    case COMMENTING -> append(note, value);
                    case TAGGING -> tags.add(value);
                    case CLASSIFYING -> issueIds.add(ref(body.issue(), value, where, "issue",
                            id -> taxonomy.issue(id).isPresent(), name -> taxonomy.issueNamed(name).map(Issue::id).orElse(null)));
                    case IDENTIFYING -> actorIds.add(ref(body.actor(), value, where, "actor",
                            id -> taxonomy.actor(id).isPresent(), name -> taxonomy.actorNamed(name).map(Actor::id).orElse(null)));
                    default -> throw new IllegalStateException(body.purpose());
                }
                String refOrValue = body.issue() != null ? body.issue() : body.actor() != null ? body.actor() : value;
                putIfAny(bodyExtras, AnnotationExtras.bodyKey(body.purpose(), refOrValue), body.unknown());
            }
            TargetDto t = a.target();
            if (t == null) {
                errors.add(where + ": no \"target\"");
                return null;
            }
            SelectorDto quote = null;
            SelectorDto position = null;
            List<JsonNode> otherSelectors = new ArrayList<>();
            for (JsonNode s : nonNull(t.selector())) {
                SelectorDto sel = s != null && s.isObject() ? selector(s, where) : null;
                if (sel != null && SelectorDto.QUOTE.equals(sel.type()) && quote == null) {
                    quote = sel;
                } else if (sel != null && SelectorDto.POSITION.equals(sel.type()) && position == null) {
                    position = sel;
                } else {
                    otherSelectors.add(s);
                }
            }
            if (quote == null || quote.exact() == null) {
                errors.add(where + ": the target has no TextQuoteSelector with \"exact\"");
                return null;
            }
            if (quote.exact().isEmpty()) {
                errors.add(where + ": the TextQuoteSelector's \"exact\" is empty: a claim quotes at least one character");
            }
            AnchorStatus status = AnchorStatus.ANCHORED;
            double score = 1.0;
            AnchoringDto anc = t.anchoring();
            if (anc != null && anc.status() != null) {
                try {
                    status = AnchorStatus.fromId(anc.status());
                } catch (IllegalArgumentException e) {
                    errors.add(where + ": unknown anchoring status " + quoted(anc.status()));
                }
            }
            TextRange range = null;
            if (position != null) {
                if (position.start() == null || position.end() == null || position.start() < 0
                        || position.end() < position.start()) {
                    errors.add(where + ": TextPositionSelector needs 0 <= start <= end");
                } else if (!quote.exact().isEmpty()
                        && position.end() - position.start() != quote.exact().codePointCount(0, quote.exact().length())) {
                    errors.add(where + ": its position spans " + (position.end() - position.start())
                            + " characters but its quote has " + quote.exact().codePointCount(0, quote.exact().length()));
                } else if (textLength != null && position.end() > textLength) {
                    errors.add(where + ": its position ends at " + position.end() + ", past the end of the text ("
                            + textLength + " characters)");
                } else {
                    range = new TextRange(cp.toUtf16(position.start()), cp.toUtf16(position.end()));
                }
            }
            if (range == null) {
                status = AnchorStatus.ORPHAN;
            }
            score = status == AnchorStatus.ORPHAN ? 0.0 : 1.0;
            if (anc != null && anc.score() != null) {
                score = anc.score();
                if (!(score >= 0 && score <= 1)) {
                    errors.add(where + ": anchoring score " + score + " is not between 0 and 1");
                }
            }
            if (errors.size() > before) {
                return null;
            }
            String id = ClaimIds.fromIri(a.id());
            AnnotationExtras ax = new AnnotationExtras(a.unknown(),
                    a.creator() != null && !a.creator().isTextual() ? a.creator() : null,
                    t.unknown(), anc == null ? Map.of() : anc.unknown(), quote.unknown(),
                    position == null ? Map.of() : position.unknown(), otherSelectors, otherBodies, bodyExtras);
            if (!ax.isEmpty()) {
                extrasOut.put(id, ax);
            }
            Anchor anchor = new Anchor(new TextQuote(quote.exact(), quote.prefix(), quote.suffix()), range, status, score);
            return new Claim(id, anchor, summary.toString(), issueIds, actorIds, stance, note.toString(), tags,
                    created, modified, creatorName(a.creator()));
        }

        /** Our own kind of body (a TextualBody with one of our purposes and a value), or null to keep it raw. */
        private BodyDto ourBody(JsonNode b) {
            if (b == null || !b.isObject() || !BodyDto.TEXTUAL.equals(b.path("type").asText(null))
                    || !b.path("purpose").isTextual() || !OUR_PURPOSES.contains(b.get("purpose").asText())) {
                return null;
            }
            if (!b.path("value").isTextual()) {
                errors.add("a " + b.get("purpose").asText() + " body's \"value\" is "
                        + (b.has("value") ? "not text" : "missing") + "; it must be text");
                return null;
            }
            try {
                return SidecarMapper.MAPPER.treeToValue(b, BodyDto.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return null;
            }
        }

        private SelectorDto selector(JsonNode s, String where) {
            String type = s.path("type").asText(null);
            if (!SelectorDto.QUOTE.equals(type) && !SelectorDto.POSITION.equals(type)) {
                return null;
            }
            try {
                return SidecarMapper.MAPPER.treeToValue(s, SelectorDto.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(where + ": bad " + type + ": " + (e instanceof JsonProcessingException j
                        ? SidecarMapper.describe(j) : e.getMessage()));
                return null;
            }
        }

        private String ref(String id, String name, String where, String kind,
                           java.util.function.Predicate<String> exists, java.util.function.Function<String, String> byName) {
            if (id != null && exists.test(id)) {
                return id;
            }
            String found = name == null ? null : byName.apply(name);
            if (found != null) {
                return found;
            }
            warnings.add(where + ": " + kind + " " + quoted(id != null ? id : name) + " is not in the taxonomy");
            return id != null ? id : name;
        }

        private Instant instant(String s, String where, String field) {
            if (s == null) {
                return null;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                errors.add(where + ": \"" + field + "\" is not an ISO-8601 instant: " + quoted(s));
                return null;
            }
        }
    }

    private static boolean hasAnnoContext(JsonNode ctx) {
        if (ctx == null) {
            return false;
        }
        if (ctx.isTextual()) {
            return ANNO_CONTEXT.equals(ctx.asText());
        }
        for (JsonNode n : ctx) {
            if (n.isTextual() && ANNO_CONTEXT.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder sb, String v) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(v);
    }

    private static void putIfAny(Map<String, Map<String, JsonNode>> m, String key, Map<String, JsonNode> unknown) {
        if (key != null && unknown != null && !unknown.isEmpty()) {
            m.put(key, unknown);
        }
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String quoted(String s) {
        if (s == null) {
            return "missing";
        }
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return '"' + shown + '"';
    }
}
