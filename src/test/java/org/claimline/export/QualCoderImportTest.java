package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The .qdpx read the way QualCoder's REFI-QDA importer reads it ({@code RefiImport} in QualCoder's
 * {@code src/qualcoder/refi.py}). What that importer takes from a project, from its source:
 * <ul>
 *   <li>{@code Users/User}: {@code guid}, {@code name} (creatingUser/modifyingUser are looked up by guid);</li>
 *   <li>{@code CodeBook}: {@code Code@name}, {@code @color}, {@code @guid}, {@code @isCodable="false"} = a
 *   category, child {@code Description} = memo. Code names are UNIQUE in its database: a second code with the
 *   same name is not inserted and its guid is never recorded, so every coding that names it loses its code;</li>
 *   <li>{@code TextSource}: {@code @name}, {@code @plainTextPath} ({@code internal://} = a file in
 *   {@code Sources/}), {@code @creatingUser}, {@code @creationDateTime} (else {@code @modifiedDateTime}), child
 *   {@code Description} = memo, {@code VariableValue}s, and {@code NoteRef}s <em>of the source</em> = the notes
 *   that are text annotations;</li>
 *   <li>{@code PlainTextSelection} in a source: {@code @startPosition}, {@code @endPosition} (code points, as
 *   Python slices), {@code @creationDateTime}, {@code @creatingUser}, child {@code Description} = the memo of
 *   each of its codings, {@code Coding} whose <em>first child</em> is the {@code CodeRef}. Its {@code @name} and
 *   its own {@code NoteRef}s are not read;</li>
 *   <li>{@code Notes/Note}: {@code @creationDateTime} or else {@code @modifiedDateTime} is required (without
 *   either the import stops with an error and leaves its temporary folder behind); a note a source's
 *   {@code NoteRef} names becomes an annotation from its {@code PlainTextContent} and the {@code @startPosition}
 *   / {@code @endPosition} of its own {@code PlainTextSelection} (dropped without them); any other note with a
 *   {@code @name} and a {@code @plainTextPath} file becomes a journal entry; any other note is ignored;</li>
 *   <li>{@code Sets/Set}: only {@code MemberSource}s (as file attributes); {@code MemberCode} groups are for
 *   MAXQDA and ATLAS.ti.</li>
 * </ul>
 * The test applies exactly these rules and checks that every claim arrives whole.
 */
class QualCoderImportTest {
    private static final String NS = QdpxExporter.NAMESPACE;
    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    /** What QualCoder's database would hold after the import. */
    private record Imported(Map<String, String> codesByGuid, List<String> codeNames, List<String> codings,
                            List<String> annotations, List<String> journals, String sourceText) {
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && NS.equals(c.getNamespaceURI()) && c.getLocalName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element first(Element e, String name) {
        List<Element> l = children(e, name);
        return l.isEmpty() ? null : l.get(0);
    }

    private static void codes(Element parent, Map<String, String> byGuid, List<String> names) {
        for (Element c : children(parent, "Code")) {
            if (!"false".equals(c.getAttribute("isCodable"))) {
                String name = c.getAttribute("name");
                if (!names.contains(name)) {   // sqlite UNIQUE(name): the second is not inserted
                    names.add(name);
                    byGuid.put(c.getAttribute("guid"), name);
                }
            }
            codes(c, byGuid, names);
        }
    }

    private static Imported importLikeQualCoder(byte[] qdpx) throws Exception {
        Map<String, byte[]> zip = QdpxExporterTest.unzip(qdpx);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
        Element root = d.getDocumentElement();
        Map<String, String> byGuid = new HashMap<>();
        List<String> names = new ArrayList<>();
        codes(first(first(root, "CodeBook"), "Codes"), byGuid, names);
        List<String> codings = new ArrayList<>();
        List<String> annotations = new ArrayList<>();
        List<String> journals = new ArrayList<>();
        Map<String, String> annotationNotes = new LinkedHashMap<>();
        String sourceText = null;
        for (Element src : children(first(root, "Sources"), "TextSource")) {
            String path = src.getAttribute("plainTextPath");
            sourceText = new String(zip.get("Sources/" + path.substring("internal://".length())), StandardCharsets.UTF_8);
            assertFalse(src.getAttribute("creationDateTime").isEmpty());
            for (Element sel : children(src, "PlainTextSelection")) {
                int p0 = Integer.parseInt(sel.getAttribute("startPosition"));
                int p1 = Integer.parseInt(sel.getAttribute("endPosition"));
                assertFalse(sel.getAttribute("creationDateTime").isEmpty(), "selection date");
                Element desc = first(sel, "Description");
                String memo = desc == null ? "" : desc.getTextContent();
                String seltext = codePoints(sourceText, p0, p1);
                for (Element coding : children(sel, "Coding")) {
                    Element ref = (Element) firstElement(coding);
                    assertEquals("CodeRef", ref.getLocalName(), "QualCoder takes the first child as the CodeRef");
                    String code = byGuid.get(ref.getAttribute("targetGUID"));
                    codings.add(code + "|" + seltext + "|" + memo);
                }
            }
            for (Element ref : children(src, "NoteRef")) {
                annotationNotes.put(ref.getAttribute("targetGUID"), sourceText);
            }
        }
        Element notes = first(root, "Notes");
        for (Element note : notes == null ? List.<Element>of() : children(notes, "Note")) {
            String date = note.getAttribute("creationDateTime").isEmpty() ? note.getAttribute("modifiedDateTime")
                    : note.getAttribute("creationDateTime");
            assertFalse(date.isEmpty(), "a Note without a date stops QualCoder's import");
            String text = annotationNotes.get(note.getAttribute("guid"));
            if (text != null) {
                Element content = first(note, "PlainTextContent");
                Element sel = first(note, "PlainTextSelection");
                assertNotNull(content, "annotation text");
                assertNotNull(sel, "annotation position");
                annotations.add(codePoints(text, Integer.parseInt(sel.getAttribute("startPosition")),
                        Integer.parseInt(sel.getAttribute("endPosition"))) + "|" + content.getTextContent());
            } else if (!note.getAttribute("plainTextPath").isEmpty() && !note.getAttribute("name").isEmpty()) {
                byte[] file = zip.get("Sources/" + note.getAttribute("plainTextPath").substring("internal://".length()));
                assertNotNull(file, "the journal's text file is in the zip");
                journals.add(note.getAttribute("name") + "|" + new String(file, StandardCharsets.UTF_8));
            }
        }
        return new Imported(byGuid, names, codings, annotations, journals, sourceText);
    }

    private static Node firstElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n;
            }
        }
        return null;
    }

    private static String codePoints(String s, int from, int to) {
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    /** "Japan" as an issue, an actor and a tag; a claim without dates (as imported from W3C); an orphan with all. */
    private static ExportDocument document() {
        Article article = ExportFixture.article();
        String text = article.text();
        Taxonomy t = new Taxonomy(List.of(new Issue("i-japan", "Japan", "#112233"), new Issue("i-trade", "Trade", "#445566")),
                List.of(new Actor("a-japan", "Japan", List.of()), new Actor("a-korea", "Korea", List.of())));
        Claim dated = ExportFixture.claim(text, "c1", "semiconductor competition issue", List.of("i-japan", "i-trade"),
                List.of("a-japan"), Stance.OPPOSES, "Chips are a fight", "Check \"chips\" & <wafers>", List.of("japan", "economy"),
                "Ana", 1);
        Claim undated = new Claim("c2", Anchor.exact(text, new org.claimline.model.TextRange(text.indexOf("Last year"),
                text.indexOf("Last year") + 9)), "", List.of(), List.of("a-korea"), Stance.UNCLEAR, "imported note", List.of(),
                null, null, null);
        Claim orphan = new Claim("c3", new Anchor(new TextQuote("a passage that is gone", "", ""), null, AnchorStatus.ORPHAN, 0),
                "Lost summary", List.of("i-trade"), List.of("a-japan"), Stance.SUPPORTS, "orphan note", List.of("t1"),
                null, null, "Ben");
        return new ExportDocument("korea-japan.txt", article, new AnnotationSet(t, List.of(dated, undated, orphan)));
    }

    private static byte[] write(ExportDocument d) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        new QdpxExporter().write(d, CREATED, out);
        return out.toByteArray();
    }

    @Test
    void everyClaimArrivesWholeUnderQualCodersRules() throws Exception {
        ExportDocument doc = document();
        Imported q = importLikeQualCoder(write(doc));
        assertEquals(q.codeNames().size(), q.codesByGuid().size(), "no two codes share a name");
        assertTrue(q.codeNames().containsAll(List.of("Japan (issue)", "Japan (actor)", "japan (tag)", "Trade", "Korea",
                "oppose".replace("oppose", "opposes"), "unclear", "economy")), q.codeNames().toString());
        assertFalse(q.codings().stream().anyMatch(c -> c.startsWith("null|")), "every coding keeps its code: " + q.codings());

        String chips = "semiconductor competition issue";
        String memo = "Chips are a fight\n\nCheck \"chips\" & <wafers>";
        for (String code : List.of("Japan (issue)", "Trade", "Japan (actor)", "opposes", "japan (tag)", "economy")) {
            assertTrue(q.codings().contains(code + "|" + chips + "|" + memo), code + " in " + q.codings());
        }
        assertTrue(q.codings().contains("Korea|Last year|imported note"), "a claim without dates: " + q.codings());
        assertTrue(q.codings().contains("unclear|Last year|imported note"), q.codings().toString());

        assertEquals(java.util.Set.of(chips + "|Check \"chips\" & <wafers>", "Last year|imported note"),
                java.util.Set.copyOf(q.annotations()), "notes arrive as annotations at their passages");
        assertEquals(2, q.annotations().size());
        assertEquals(1, q.journals().size());
        String journal = q.journals().get(0);
        for (String part : List.of("a passage that is gone", "Lost summary", "Trade", "Japan", "supports", "t1", "orphan note")) {
            assertTrue(journal.contains(part), part + " in " + journal);
        }
    }

    @Test
    void theProjectWithGroupsNotesAndOrphansValidatesAgainstTheSchema() throws Exception {
        Path xsd = Path.of(System.getProperty("claimline.shared", "../shared"), "formats/refi-qda/Project-mrt2019.xsd");
        assumeTrue(Files.isRegularFile(xsd), "REFI-QDA schema not available");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        byte[] qde = QdpxExporterTest.unzip(write(document())).get("project.qde");
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Sets>") && xml.contains("name=\"Stance\"") && xml.contains("<MemberCode "),
                "stance and tags as code groups");
    }
}
