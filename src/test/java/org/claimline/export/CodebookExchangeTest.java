package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.claimline.model.Codebook;
import org.junit.jupiter.api.Test;

class CodebookExchangeTest {
    static final Codebook CB = new Codebook(
            List.of(new Codebook.Code("i1", "Trade, \"tariffs\" & <quotas>", "#1F77B4", "Line one\nline two"),
                    new Codebook.Code("i2", "=SUM(A1)", "#ff7f0e", ""),
                    new Codebook.Code("i3", "History 😀", "#2ca02c", "")),
            List.of(new Codebook.Person("a1", "South Korea", List.of("Korea", "ROK"), "The government"),
                    new Codebook.Person("a2", "Japan", List.of(), "")));

    @Test
    void qdcValidatesAgainstTheRefiCodebookSchema() throws Exception {
        Path xsd = Path.of(System.getProperty("claimline.shared", "../shared"), "formats/refi-qda/Codebook.xsd");
        assumeTrue(Files.isRegularFile(xsd), "REFI-QDA schema not available");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        for (Codebook cb : List.of(CB, Codebook.empty())) {
            schema.newValidator().validate(new StreamSource(new StringReader(CodebookExchange.toQdc(cb))));
        }
    }

    @Test
    void qdcRoundTripsNamesColoursDescriptionsAndAliases() throws IOException {
        Codebook back = CodebookExchange.fromQdc(CodebookExchange.toQdc(CB).getBytes(StandardCharsets.UTF_8));
        assertEquals(CB.issues().stream().map(Codebook.Code::name).toList(), back.issues().stream().map(Codebook.Code::name).toList());
        assertEquals("#1f77b4", back.issues().get(0).color());
        assertEquals("Line one\nline two", back.issues().get(0).description());
        assertEquals(List.of("Korea", "ROK"), back.actors().get(0).aliases());
        assertEquals("The government", back.actors().get(0).description());
        assertEquals("Japan", back.actors().get(1).name());
    }

    @Test
    void qdcGuidsMatchTheProjectExport() {
        assertTrue(CodebookExchange.toQdc(CB).contains(QdpxExporter.guid("actor:japan")));
    }

    @Test
    void hostileOrForeignXmlIsRefusedWithAMessage() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CodeBook>&e;</CodeBook>";
        IOException e = assertThrows(IOException.class, () -> CodebookExchange.fromQdc(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("this is not a REFI-QDA codebook"), e.getMessage());
        assertThrows(IOException.class, () -> CodebookExchange.fromQdc("<html/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvRoundTripsAndNeutralisesFormulas() throws IOException {
        String csv = CodebookExchange.toCsv(CB);
        assertTrue(csv.startsWith("kind,name,color,description,aliases\r\n"), csv);
        assertTrue(csv.contains("'=SUM(A1)"), csv);
        Codebook back = CodebookExchange.fromCsv(csv);
        assertEquals(CB.issues().stream().map(Codebook.Code::name).toList(), back.issues().stream().map(Codebook.Code::name).toList());
        assertEquals("Line one\nline two", back.issues().get(0).description());
        assertEquals(List.of("Korea", "ROK"), back.actors().get(0).aliases());
        assertEquals("#ff7f0e", back.issues().get(1).color());
    }

    @Test
    void csvWithoutTheNeededColumnsOrWithABadKindSaysWhy() {
        IOException e = assertThrows(IOException.class, () -> CodebookExchange.fromCsv("a,b\n1,2\n"));
        assertTrue(e.getMessage().contains("\"kind\" and \"name\""), e.getMessage());
        IOException k = assertThrows(IOException.class, () -> CodebookExchange.fromCsv("kind,name\nplace,Seoul\n"));
        assertTrue(k.getMessage().contains("line 2"), k.getMessage());
    }
}
