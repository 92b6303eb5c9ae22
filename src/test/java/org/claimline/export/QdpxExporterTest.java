package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class QdpxExporterTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private final ExportDocument doc = ExportFixture.document();

    @Test
    void zipHoldsTheProjectAndTheArticleText() throws Exception {
        Map<String, byte[]> zip = unzip(write(doc));
        assertTrue(zip.containsKey("project.qde"));
        Document qde = parse(new String(zip.get("project.qde"), StandardCharsets.UTF_8));
        Element source = (Element) qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "TextSource").item(0);
        String path = source.getAttribute("plainTextPath");
        assertTrue(path.startsWith("internal://"));
        byte[] txt = zip.get("Sources/" + path.substring("internal://".length()));
        assertArrayEquals(doc.article().text().getBytes(StandardCharsets.UTF_8), txt);
    }

    @Test
    void selectionsCountCodePointsAndCarryTheirCodesAndNotes() throws Exception {
        Document qde = parse(new QdpxExporter().projectXml(List.of(doc), "Sample", CREATED));
        String text = doc.article().text();
        Map<String, String> codeNames = new LinkedHashMap<>();
        NodeList codes = qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element c = (Element) codes.item(i);
            codeNames.put(c.getAttribute("guid"), c.getAttribute("name"));
        }
        NodeList all = qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "PlainTextSelection");
        List<Element> sels = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i).getParentNode().getLocalName().equals("TextSource")) {
                sels.add((Element) all.item(i));
            }
        }
        List<Claim> placed = doc.claims().stream().filter(c -> c.range() != null).toList();
        assertEquals(placed.size(), sels.size());
        for (int i = 0; i < sels.size(); i++) {
            Element s = sels.get(i);
            Claim c = placed.get(i);
            int start = text.offsetByCodePoints(0, Integer.parseInt(s.getAttribute("startPosition")));
            int end = text.offsetByCodePoints(0, Integer.parseInt(s.getAttribute("endPosition")));
            assertEquals(c.quote(), text.substring(start, end), "selection " + i + " covers the claim's passage");
            NodeList refs = s.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "CodeRef");
            List<String> coded = new java.util.ArrayList<>();
            for (int k = 0; k < refs.getLength(); k++) {
                coded.add(codeNames.get(((Element) refs.item(k)).getAttribute("targetGUID")));
            }
            List<String> expected = new java.util.ArrayList<>(doc.issuesOf(c).stream().map(Issue::name).toList());
            doc.actorsOf(c).forEach(a -> expected.add(a.name()));
            expected.add(c.stance().id());
            expected.addAll(c.tags());
            assertEquals(expected, coded);
            if (!c.note().isEmpty() || !c.summary().isEmpty()) {
                Element d = (Element) s.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "Description").item(0);
                String want = String.join("\n\n", java.util.stream.Stream.of(c.summary().strip(), c.note().strip())
                        .filter(x -> !x.isEmpty()).toList());
                assertEquals(want.replace("\r\n", "\n"), d.getTextContent().replace("\r\n", "\n"));
            }
        }
        // The orphan cannot be a selection: it survives as a named note whose text file holds its quote.
        NodeList notes = qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "Note");
        Element orphan = null;
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            orphan = n.getAttribute("name").contains("Orphaned claim") ? n : orphan;
        }
        assertTrue(orphan != null && orphan.getAttribute("plainTextPath").startsWith("internal://"));
        Map<String, byte[]> zip = unzip(write(doc));
        String file = new String(zip.get("Sources/" + orphan.getAttribute("plainTextPath").substring(11)), StandardCharsets.UTF_8);
        assertTrue(file.contains("This passage was edited out of the article.") && file.contains("Lost in the update"), file);
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        assertArrayEquals(write(doc), write(ExportFixture.document()));
    }

    @Test
    void validatesAgainstTheRefiSchema() throws Exception {
        Path xsd = Path.of(System.getProperty("claimline.shared", "../shared"), "formats/refi-qda/Project-mrt2019.xsd");
        assumeTrue(Files.isRegularFile(xsd), "REFI-QDA schema not available");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        ExportDocument other = new ExportDocument("other.txt", ExportFixture.article(),
                new AnnotationSet(new Taxonomy(List.of(new Issue("g", "gsomia", "#123456")), List.of()), List.of()));
        for (String xml : List.of(new QdpxExporter().projectXml(List.of(doc), "Sample", CREATED),
                new QdpxExporter().projectXml(List.of(doc, other), "Two", CREATED),
                new QdpxExporter().projectXml(List.of(other), "Bare", CREATED))) {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        Map<String, byte[]> zip = unzip(write(doc));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(zip.get("project.qde"))));
    }

    @Test
    void corpusSharesCodesByNameAcrossArticles() throws Exception {
        ExportDocument other = new ExportDocument("other.txt", ExportFixture.article(),
                new AnnotationSet(new Taxonomy(List.of(new Issue("x1", "gsomia", "#123456")), List.of()),
                        List.of(ExportFixture.claim(ExportFixture.article().text(), "o1", "Last year", List.of("x1"),
                                List.of(), null, "", "", List.of(), null, 1))));
        Document qde = parse(new QdpxExporter().projectXml(List.of(doc, other), "Two", CREATED));
        assertEquals(2, qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "TextSource").getLength());
        NodeList codes = qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "Code");
        long gsomia = 0;
        for (int i = 0; i < codes.getLength(); i++) {
            gsomia += ((Element) codes.item(i)).getAttribute("name").equalsIgnoreCase("gsomia") ? 1 : 0;
        }
        assertEquals(1, gsomia, "same name, ignoring case, is one code");
    }

    static byte[] write(ExportDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdpxExporter().write(d, CREATED, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
