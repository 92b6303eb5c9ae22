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
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;

/**
 * A REFI-QDA 1.0 project ({@code .qdpx}: a zip with {@code project.qde} and the cleaned article texts under
 * {@code Sources/}) that MAXQDA, NVivo, ATLAS.ti and QualCoder import. Issues and actors become codes under two
 * parent codes, each placed claim a {@code PlainTextSelection} coded with them; its note travels both as the
 * selection's {@code Description} (what most tools show inline) and as a linked memo ({@code Note}); article
 * metadata (title, byline, date, site, file) become source variables.
 * Positions count code points, as the standard says. GUIDs are name-based (derived from names and ids), so the
 * same input always gives the same file.
 */
public final class QdpxExporter {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String ISSUES_COLOR = "#1a73e8";
    static final String ACTORS_COLOR = "#607d8b";
    static final String NO_COLOR = "#9e9e9e";
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
            List<String> orphanNotes = new ArrayList<>();
            CodePointIndex cp = new CodePointIndex(a.text());
            for (Claim c : doc.claims()) {
                String selGuid = guid("claim:" + sourceGuid + ":" + c.id());
                String noteGuid = guid("note:" + selGuid);
                String memo = memo(c);
                if (!memo.isEmpty()) {
                    note(noteGuid, "Claim " + doc.numberOf(c) + ": " + selectionName(c), memo, c);
                }
                if (c.range() == null) {
                    // REFI-QDA has no selection without a position: an orphan survives as a memo on its source.
                    orphanNotes.add(noteGuid);
                    continue;
                }
                x.append("      <PlainTextSelection guid=\"").append(selGuid).append("\" name=\"")
                        .append(attr(selectionName(c))).append("\" startPosition=\"").append(cp.at(c.range().start()))
                        .append("\" endPosition=\"").append(cp.at(c.range().end())).append('"');
                userAttrs(c, "creatingUser", "creationDateTime", "modifiedDateTime", x);
                x.append(">\n");
                if (!Markup.isEmpty(c.note())) {
                    x.append("        <Description>").append(text(c.note())).append("</Description>\n");
                }
                Set<String> coded = new HashSet<>();
                for (String id : c.issueIds()) {
                    coding(byIssueId.get(id), selGuid, coded, x);
                }
                for (String id : c.actorIds()) {
                    coding(byActorId.get(id), selGuid, coded, x);
                }
                if (!memo.isEmpty()) {
                    x.append("        <NoteRef targetGUID=\"").append(noteGuid).append("\"/>\n");
                }
                x.append("      </PlainTextSelection>\n");
            }
            for (String g : orphanNotes) {
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
                users.forEach((n, g) -> x.append("    <User guid=\"").append(g).append("\" name=\"").append(attr(n))
                        .append("\"/>\n"));
                x.append("  </Users>\n");
            }
            x.append("  <CodeBook>\n    <Codes>\n");
            group("Issues", ISSUES_COLOR, issueCodes, x);
            group("Actors", ACTORS_COLOR, actorCodes, x);
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
            x.append("</Project>\n");
            out.append(x);
        }

        private void group(String label, String color, Map<String, Code> codes, StringBuilder x) {
            x.append("      <Code guid=\"").append(guid("group:" + label)).append("\" name=\"").append(label)
                    .append("\" isCodable=\"false\" color=\"").append(color).append('"');
            if (codes.isEmpty()) {
                x.append("/>\n");
                return;
            }
            x.append(">\n");
            for (Code c : codes.values()) {
                x.append("        <Code guid=\"").append(c.guid()).append("\" name=\"").append(attr(c.name()))
                        .append("\" isCodable=\"true\" color=\"").append(c.color()).append("\"/>\n");
            }
            x.append("      </Code>\n");
        }

        /** Same name, ignoring case, is the same code across articles (as the taxonomy merge treats it). */
        private Code code(Map<String, Code> codes, String kind, String codeName, String color) {
            String key = codeName.strip().toLowerCase(Locale.ROOT);
            return codes.computeIfAbsent(key, k -> new Code(guid(kind + ":" + k), codeName.strip(), color));
        }

        private void coding(Code code, String selGuid, Set<String> coded, StringBuilder x) {
            if (code == null || !coded.add(code.guid())) {
                return;
            }
            x.append("        <Coding guid=\"").append(guid("coding:" + selGuid + ":" + code.guid())).append("\"")
                    .append(" creationDateTime=\"").append(created).append("\">\n")
                    .append("          <CodeRef targetGUID=\"").append(code.guid()).append("\"/>\n")
                    .append("        </Coding>\n");
        }

        private void note(String guid, String noteName, String content, Claim c) {
            notes.append("    <Note guid=\"").append(guid).append("\" name=\"").append(attr(noteName)).append('"');
            userAttrs(c, "creatingUser", "creationDateTime", "modifiedDateTime", notes);
            notes.append(">\n      <PlainTextContent>").append(text(content)).append("</PlainTextContent>\n    </Note>\n");
        }

        private void userAttrs(Claim c, String userAttr, String createdAttr, String modifiedAttr, StringBuilder x) {
            if (!Markup.isEmpty(c.creator())) {
                String g = users.computeIfAbsent(c.creator(), n -> guid("user:" + n));
                x.append(' ').append(userAttr).append("=\"").append(g).append('"');
            }
            if (c.created() != null) {
                x.append(' ').append(createdAttr).append("=\"").append(c.created().truncatedTo(ChronoUnit.SECONDS)).append('"');
            }
            if (c.modified() != null) {
                x.append(' ').append(modifiedAttr).append("=\"").append(c.modified().truncatedTo(ChronoUnit.SECONDS)).append('"');
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

    /** The memo for a claim: its note, and for an orphan also the quote it could not place. */
    private static String memo(Claim c) {
        StringBuilder sb = new StringBuilder();
        if (c.range() == null) {
            sb.append("Not found in the current text. Quote: \u201C").append(c.quote()).append("\u201D\n");
            if (!Markup.isEmpty(c.summary())) {
                sb.append("Summary: ").append(c.summary()).append('\n');
            }
        }
        if (!Markup.isEmpty(c.note())) {
            sb.append(c.note());
        }
        return sb.toString().strip();
    }

    private static String sourceDescription(ExportDocument doc) {
        Article.Metadata m = doc.article().metadata();
        List<String> parts = new ArrayList<>();
        if (m.bylineText() != null) {
            parts.add("By " + m.bylineText());
        }
        if (m.published() != null) {
            parts.add("Published " + m.published().toIso());
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
