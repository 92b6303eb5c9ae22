package org.claimline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimline.model.CodePointIndex;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;

/**
 * A REFI-QDA 1.0 project ({@code .qdpx}: a zip with {@code project.qde} and the cleaned article texts under
 * {@code Sources/}) that MAXQDA, NVivo, ATLAS.ti and QualCoder import whole:
 * <ul>
 *   <li>issues, actors, stances and tags are codes under four parent codes (Issues, Actors, Stance, Tags), and
 *   each group is also a {@code Set} of its codes (a code group); each placed claim is a
 *   {@code PlainTextSelection} coded with its issues, actors, stance and tags;</li>
 *   <li>code names are unique across the code book (QualCoder merges same-named codes and drops the second
 *   one's codings): an issue and an actor both called "Japan" become "Japan (issue)" and "Japan (actor)";</li>
 *   <li>the claim's summary and note are the selection's {@code Description} (the coding memo QualCoder,
 *   MAXQDA and ATLAS.ti show); the note is also a project-level {@code Note} holding its own
 *   {@code PlainTextSelection}, linked from the source by a {@code NoteRef} (where QualCoder reads annotations)
 *   and from the selection (where the standard puts a selection's memo);</li>
 *   <li>an orphan (no position) is a named {@code Note} whose text file lies in {@code Sources/} (what QualCoder
 *   imports as a journal), holding its quote, summary, issues, actors, stance, tags and note;</li>
 *   <li>every selection, coding and note has {@code creationDateTime} (the claim's, else the export's time);
 *   article metadata (title, byline, date, site, file) are source variables.</li>
 * </ul>
 * Positions count code points, as the standard says. GUIDs are name-based (derived from names and ids), so the
 * same input always gives the same file.
 */
public final class QdpxExporter {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String ISSUES_COLOR = "#1a73e8";
    static final String ACTORS_COLOR = "#607d8b";
    private static final String STANCE_COLOR = "#8e24aa";
    private static final String TAGS_COLOR = "#00897b";
    static final String NO_COLOR = "#9e9e9e";
    /** The code groups in code-book order: parent code label and the kind its codes are named by on a clash. */
    private static final String[][] GROUPS = {{"Issues", "issue"}, {"Actors", "actor"}, {"Stance", "stance"},
        {"Tags", "tag"}};
    private static final String[][] VARIABLES = {{"Title", "Text"}, {"Byline", "Text"}, {"Published", "Date"},
        {"Site", "Text"}, {"Source file", "Text"}};
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Writes a one-article project. */
    public void write(ExportDocument doc, Instant created, OutputStream out) throws IOException {
        Project p = open(displayName(doc), created, out);
        p.add(doc);
        p.finish();
    }

    /** The {@code project.qde} of the given articles, without the zip (for tests and previews). */
    public String projectXml(List<ExportDocument> docs, String name, Instant created) {
        Project p = new Project(name, created, null);
        for (ExportDocument d : docs) {
            try {
                p.add(d);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return p.qde();
    }

    /** Starts a project written to {@code out}; add articles one by one, then {@link Project#finish()}. */
    public Project open(String name, Instant created, OutputStream out) {
        return new Project(name, created, new ZipOutputStream(out, StandardCharsets.UTF_8));
    }

    private static String displayName(ExportDocument d) {
        String t = d.article().title();
        return Markup.isEmpty(t) ? (d.sourceFileName().isEmpty() ? "Claimline project" : d.sourceFileName()) : t;
    }

    /**
     * A project being written. Each article's text goes to the zip as soon as it is added and is not kept;
     * only the XML for its selections is buffered, because the code book, which must come first in
     * {@code project.qde}, is known only once every article has been seen.
     */
    public static final class Project {
        private final String name;
        private final Instant created;
        private final ZipOutputStream zip;
        private final Map<String, Code> issueCodes = new LinkedHashMap<>();
        private final Map<String, Code> actorCodes = new LinkedHashMap<>();
        private final Map<String, Code> stanceCodes = new LinkedHashMap<>();
        private final Map<String, Code> tagCodes = new LinkedHashMap<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private final Set<String> sourceGuids = new HashSet<>();
        // the parts that grow with the corpus: filled in memory, spilled to a temporary file past 256 K chars
        private final StringBuilder sources = new StringBuilder();
        private final StringBuilder notes = new StringBuilder();
        private final Spool sourcesSpool = new Spool(1 << 18);
        private final Spool notesSpool = new Spool(1 << 18);

        private record Code(String guid, String name, String color) {
        }

        Project(String name, Instant created, ZipOutputStream zip) {
            this.name = name;
            this.created = created.truncatedTo(ChronoUnit.SECONDS);
            this.zip = zip;
        }

        public void add(ExportDocument doc) throws IOException {
            String sourceGuid = uniqueSourceGuid(doc.sourceFileName().isEmpty() ? displayName(doc) : doc.sourceFileName());
            Article a = doc.article();
            if (zip != null) {
                ZipEntry e = new ZipEntry("Sources/" + sourceGuid + ".txt");
                e.setTime(created.toEpochMilli());
                zip.putNextEntry(e);
                zip.write(a.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Map<String, Code> byIssueId = new LinkedHashMap<>();
            for (Issue i : doc.taxonomy().issues()) {
                byIssueId.put(i.id(), code(issueCodes, "issue", i.name(), Markup.safeColor(i.color(), NO_COLOR)));
            }
            Map<String, Code> byActorId = new LinkedHashMap<>();
            for (Actor ac : doc.taxonomy().actors()) {
                byActorId.put(ac.id(), code(actorCodes, "actor", ac.name(), ACTORS_COLOR));
            }
            StringBuilder x = sources;
            x.append("    <TextSource guid=\"").append(sourceGuid).append("\" name=\"").append(attr(displayName(doc)))
                    .append("\" plainTextPath=\"internal://").append(sourceGuid).append(".txt\" creationDateTime=\"")
                    .append(created).append("\">\n");
            x.append("      <Description>").append(text(sourceDescription(doc))).append("</Description>\n");
            List<String> noteRefs = new ArrayList<>();
            CodePointIndex cp = CodePointIndex.of(a.text());
            for (Claim c : doc.claims()) {
                String selGuid = guid("claim:" + sourceGuid + ":" + c.id());
                String noteGuid = guid("note:" + selGuid);
                String label = "Claim " + doc.numberOf(c) + ": " + selectionName(c);
                if (c.range() == null) {
                    // REFI-QDA has no selection without a position: an orphan is a journal-like note whose text
                    // file carries everything about it (QualCoder imports named notes with a text file as journals)
                    orphanNote(noteGuid, "Not found in the text of " + displayName(doc) + " \u2014 " + label,
                            orphanText(doc, c), c);
                    continue;
                }
                int start = cp.toCodePoints(c.range().start());
                int end = cp.toCodePoints(c.range().end());
                x.append("      <PlainTextSelection guid=\"").append(selGuid).append("\" name=\"")
                        .append(attr(selectionName(c))).append("\" startPosition=\"").append(start)
                        .append("\" endPosition=\"").append(end).append('"');
                userAttrs(c, x);
                x.append(">\n");
                String description = description(c);
                if (!description.isEmpty()) {
                    x.append("        <Description>").append(text(description)).append("</Description>\n");
                }
                Set<String> coded = new HashSet<>();
                String by = creatorGuid(c);
                for (String id : c.issueIds()) {
                    coding(byIssueId.get(id), selGuid, coded, by, x);
                }
                for (String id : c.actorIds()) {
                    coding(byActorId.get(id), selGuid, coded, by, x);
                }
                coding(code(stanceCodes, "stance", c.stance().id(), STANCE_COLOR), selGuid, coded, by, x);
                for (String tag : c.tags()) {
                    if (!Markup.isEmpty(tag)) {
                        coding(code(tagCodes, "tag", tag, TAGS_COLOR), selGuid, coded, by, x);
                    }
                }
                if (!Markup.isEmpty(c.note())) {
                    x.append("        <NoteRef targetGUID=\"").append(noteGuid).append("\"/>\n");
                    annotationNote(noteGuid, label, c, guid("note-selection:" + selGuid), start, end);
                    noteRefs.add(noteGuid);
                }
                x.append("      </PlainTextSelection>\n");
            }
            // the source's own NoteRefs: where QualCoder looks for a note's text and position (an annotation)
            for (String g : noteRefs) {
                x.append("      <NoteRef targetGUID=\"").append(g).append("\"/>\n");
            }
            Article.Metadata m = a.metadata();
            variable("Title", m.title(), "TextValue", x);
            variable("Byline", m.bylineText(), "TextValue", x);
            variable("Published", m.published() == null ? null : m.published().date().toString(), "DateValue", x);
            variable("Site", m.siteName(), "TextValue", x);
            variable("Source file", doc.sourceFileName(), "TextValue", x);
            x.append("    </TextSource>\n");
            sourcesSpool.offer(sources);
            notesSpool.offer(notes);
        }

        /** Writes {@code project.qde} and closes the zip (not the underlying stream's owner's other data). */
        public void finish() throws IOException {
            ZipEntry e = new ZipEntry("project.qde");
            e.setTime(created.toEpochMilli());
            zip.putNextEntry(e);
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            try {
                writeQde(w);
                w.flush();
            } finally {
                sourcesSpool.close();
                notesSpool.close();
            }
            zip.closeEntry();
            zip.finish();
        }

        /** The whole {@code project.qde} as a string (ends the project: its spool files are removed). */
        String qde() {
            StringWriter w = new StringWriter();
            try (sourcesSpool; notesSpool) {
                writeQde(w);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return w.toString();
        }

        private void writeQde(Writer out) throws IOException {
            StringBuilder x = new StringBuilder(4096);
            x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"").append(NAMESPACE)
                    .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                    .append(" xsi:schemaLocation=\"urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd\"")
                    .append(" name=\"").append(attr(name)).append("\" origin=\"Claimline\" creationDateTime=\"")
                    .append(created).append("\">\n");
            if (!users.isEmpty()) {
                x.append("  <Users>\n");
                users.forEach((n, g) -> {
                    // the coder's name; the ORCID iD (else the initials) as the user's id
                    org.claimline.model.Coder who = org.claimline.model.Coder.fromCreator(n);
                    String id = who.orcid() != null ? who.orcid() : who.initials();
                    x.append("    <User guid=\"").append(g).append("\" name=\"").append(attr(who.name()))
                            .append(id == null ? "" : "\" id=\"" + attr(id)).append("\"/>\n");
                });
                x.append("  </Users>\n");
            }
            List<Map<String, Code>> groups = List.of(issueCodes, actorCodes, stanceCodes, tagCodes);
            String[] colors = {ISSUES_COLOR, ACTORS_COLOR, STANCE_COLOR, TAGS_COLOR};
            Map<String, String> names = uniqueNames(groups);
            x.append("  <CodeBook>\n    <Codes>\n");
            for (int i = 0; i < GROUPS.length; i++) {
                group(GROUPS[i][0], colors[i], groups.get(i), names, x);
            }
            x.append("    </Codes>\n  </CodeBook>\n");
            boolean anySources = !sourcesSpool.isEmpty(sources);
            if (anySources) {
                // Article metadata as variables, so a QDA tool can filter sources by author, date or site.
                x.append("  <Variables>\n");
                for (String[] v : VARIABLES) {
                    x.append("    <Variable guid=\"").append(guid("variable:" + v[0])).append("\" name=\"").append(v[0])
                            .append("\" typeOfVariable=\"").append(v[1]).append("\"/>\n");
                }
                x.append("  </Variables>\n");
                x.append("  <Sources>\n");
                out.append(x);
                x.setLength(0);
                sourcesSpool.writeTo(out, sources);
                x.append("  </Sources>\n");
            }
            if (!notesSpool.isEmpty(notes)) {
                x.append("  <Notes>\n");
                out.append(x);
                x.setLength(0);
                notesSpool.writeTo(out, notes);
                x.append("  </Notes>\n");
            }
            // each code group as a set of its codes: ATLAS.ti's and MAXQDA's code groups
            StringBuilder sets = new StringBuilder();
            for (int i = 0; i < GROUPS.length; i++) {
                if (groups.get(i).isEmpty()) {
                    continue;
                }
                sets.append("    <Set guid=\"").append(guid("set:" + GROUPS[i][0])).append("\" name=\"").append(GROUPS[i][0])
                        .append("\">\n");
                for (Code c : groups.get(i).values()) {
                    sets.append("      <MemberCode targetGUID=\"").append(c.guid()).append("\"/>\n");
                }
                sets.append("    </Set>\n");
            }
            if (!sets.isEmpty()) {
                x.append("  <Sets>\n").append(sets).append("  </Sets>\n");
            }
            x.append("</Project>\n");
            out.append(x);
        }

        /**
         * Each code's name in the code book: its own, or with its kind added when a code of another kind has the
         * same name ignoring case (QualCoder keeps one code per name and would drop the other's codings).
         */
        private static Map<String, String> uniqueNames(List<Map<String, Code>> groups) {
            Map<String, Integer> kinds = new java.util.HashMap<>();
            for (Map<String, Code> g : groups) {
                g.keySet().forEach(k -> kinds.merge(k, 1, Integer::sum));
            }
            Map<String, String> out = new java.util.HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                String kind = GROUPS[i][1];
                groups.get(i).forEach((key, c) -> out.put(c.guid(), kinds.get(key) > 1 ? c.name() + " (" + kind + ")" : c.name()));
            }
            return out;
        }

        private void group(String label, String color, Map<String, Code> codes, Map<String, String> names,
                           StringBuilder x) {
            x.append("      <Code guid=\"").append(guid("group:" + label)).append("\" name=\"").append(label)
                    .append("\" isCodable=\"false\" color=\"").append(color).append('"');
            if (codes.isEmpty()) {
                x.append("/>\n");
                return;
            }
            x.append(">\n");
            for (Code c : codes.values()) {
                x.append("        <Code guid=\"").append(c.guid()).append("\" name=\"").append(attr(names.get(c.guid())))
                        .append("\" isCodable=\"true\" color=\"").append(c.color()).append("\"/>\n");
            }
            x.append("      </Code>\n");
        }

        /** Same name, ignoring case, is the same code across articles (as the taxonomy merge treats it). */
        private Code code(Map<String, Code> codes, String kind, String codeName, String color) {
            String key = codeName.strip().toLowerCase(Locale.ROOT);
            return codes.computeIfAbsent(key, k -> new Code(guid(kind + ":" + k), codeName.strip(), color));
        }

        private void coding(Code code, String selGuid, Set<String> coded, String userGuid, StringBuilder x) {
            if (code == null || !coded.add(code.guid())) {
                return;
            }
            // QualCoder takes the Coding's first child as its CodeRef
            x.append("        <Coding guid=\"").append(guid("coding:" + selGuid + ":" + code.guid())).append("\"");
            if (userGuid != null) {
                x.append(" creatingUser=\"").append(userGuid).append('"');
            }
            x.append(" creationDateTime=\"").append(created).append("\">\n")
                    .append("          <CodeRef targetGUID=\"").append(code.guid()).append("\"/>\n")
                    .append("        </Coding>\n");
        }

        /** A placed claim's note: its text and its own selection, as QualCoder reads an annotation. */
        private void annotationNote(String guid, String noteName, Claim c, String selGuid, int start, int end) {
            notes.append("    <Note guid=\"").append(guid).append("\" name=\"").append(attr(noteName)).append('"');
            userAttrs(c, notes);
            notes.append(">\n      <PlainTextContent>").append(text(c.note())).append("</PlainTextContent>\n")
                    .append("      <PlainTextSelection guid=\"").append(selGuid).append("\" startPosition=\"").append(start)
                    .append("\" endPosition=\"").append(end).append('"');
            userAttrs(c, notes);
            notes.append("/>\n    </Note>\n");
        }

        /** An orphan's note: named, its text in a file under Sources/ (the standard allows content or path). */
        private void orphanNote(String guid, String noteName, String content, Claim c) throws IOException {
            if (zip != null) {
                ZipEntry e = new ZipEntry("Sources/" + guid + ".txt");
                e.setTime(created.toEpochMilli());
                zip.putNextEntry(e);
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            notes.append("    <Note guid=\"").append(guid).append("\" name=\"").append(attr(noteName))
                    .append("\" plainTextPath=\"internal://").append(guid).append(".txt\"");
            userAttrs(c, notes);
            notes.append("/>\n");
        }

        private String creatorGuid(Claim c) {
            return Markup.isEmpty(c.creator()) ? null : users.computeIfAbsent(c.creator(), n -> guid("user:" + n));
        }

        /** Creator and dates; creationDateTime always (the claim's, else its modification, else the export's). */
        private void userAttrs(Claim c, StringBuilder x) {
            String g = creatorGuid(c);
            if (g != null) {
                x.append(" creatingUser=\"").append(g).append('"');
            }
            Instant made = c.created() != null ? c.created() : c.modified() != null ? c.modified() : created;
            x.append(" creationDateTime=\"").append(made.truncatedTo(ChronoUnit.SECONDS)).append('"');
            if (c.modified() != null) {
                x.append(" modifiedDateTime=\"").append(c.modified().truncatedTo(ChronoUnit.SECONDS)).append('"');
            }
        }

        private static void variable(String variable, String value, String element, StringBuilder x) {
            if (Markup.isEmpty(value)) {
                return;
            }
            x.append("      <VariableValue>\n        <VariableRef targetGUID=\"").append(guid("variable:" + variable))
                    .append("\"/>\n        <").append(element).append('>').append(text(value)).append("</").append(element)
                    .append(">\n      </VariableValue>\n");
        }

        private String uniqueSourceGuid(String key) {
            String g = guid("source:" + key);
            for (int n = 2; !sourceGuids.add(g); n++) {
                g = guid("source:" + key + "#" + n);
            }
            return g;
        }
    }

    /** The selection's Description: the summary, then the note (each only when there is one). */
    private static String description(Claim c) {
        List<String> parts = new ArrayList<>();
        if (!Markup.isEmpty(c.summary())) {
            parts.add(c.summary().strip());
        }
        if (!Markup.isEmpty(c.note())) {
            parts.add(c.note().strip());
        }
        return String.join("\n\n", parts);
    }

    /** Everything about an orphan, as text: it has no selection to carry codes. */
    private static String orphanText(ExportDocument doc, Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Not found in the current text. Quote: \u201C").append(c.quote()).append("\u201D\n");
        if (!Markup.isEmpty(c.summary())) {
            sb.append("Summary: ").append(c.summary()).append('\n');
        }
        List<String> issues = doc.issuesOf(c).stream().map(Issue::name).toList();
        if (!issues.isEmpty()) {
            sb.append("Issues: ").append(String.join("; ", issues)).append('\n');
        }
        List<String> actors = doc.actorsOf(c).stream().map(Actor::name).toList();
        if (!actors.isEmpty()) {
            sb.append("Actors: ").append(String.join("; ", actors)).append('\n');
        }
        sb.append("Stance: ").append(c.stance().id()).append('\n');
        if (!c.tags().isEmpty()) {
            sb.append("Tags: ").append(String.join("; ", c.tags())).append('\n');
        }
        if (!Markup.isEmpty(c.note())) {
            sb.append("Note: ").append(c.note()).append('\n');
        }
        return sb.toString();
    }

    private static String sourceDescription(ExportDocument doc) {
        Article.Metadata m = doc.article().metadata();
        List<String> parts = new ArrayList<>();
        if (m.bylineText() != null) {
            parts.add("By " + m.bylineText());
        }
        if (m.published() != null) {
            parts.add("Published " + org.claimline.model.HumanDates.format(m.published()));
        }
        if (!Markup.isEmpty(m.siteName())) {
            parts.add(m.siteName());
        }
        if (!doc.sourceFileName().isEmpty()) {
            parts.add("Source file: " + doc.sourceFileName());
        }
        return String.join(" · ", parts);
    }

    private static String selectionName(Claim c) {
        String s = Markup.isEmpty(c.summary()) ? c.quote() : c.summary();
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        int limit = 80;
        return s.codePointCount(0, s.length()) <= limit ? s : s.substring(0, s.offsetByCodePoints(0, limit - 1)) + "…";
    }

    static String guid(String key) {
        return UUID.nameUUIDFromBytes(("claimline:" + key).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
    }

    /** Element content: escaped, with CR kept as a reference because XML parsers would fold CRLF. */
    private static String text(String s) {
        return Markup.escapeHtml(s).replace("\r", "&#13;");
    }

    /** Attribute value: escaped, line breaks and tabs as references so attribute normalisation keeps them. */
    private static String attr(String s) {
        return Markup.escapeHtml(s).replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
