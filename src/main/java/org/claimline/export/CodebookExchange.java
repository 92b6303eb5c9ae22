package org.claimline.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.claimline.model.Codebook;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A workspace codebook in the exchange formats: REFI-QDA Codebook ({@code .qdc}: issues and actors as codable codes
 * under two uncodable groups, as the {@code .qdpx} export names them, so the GUIDs agree) and CSV
 * ({@code kind,name,color,description,aliases}). Reading either gives a codebook whose ids are to be matched by name
 * ({@code qdc:}/{@code csv:} prefixed); reading is bounded and refuses DTDs and external entities.
 */
public final class CodebookExchange {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final List<String> CSV_COLUMNS = List.of("kind", "name", "color", "description", "aliases");
    private static final String ISSUES = "Issues";
    private static final String ACTORS = "Actors";

    private CodebookExchange() {
    }

    public static String toQdc(Codebook cb) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"").append(NAMESPACE)
                .append("\" origin=\"Claimline\">\n  <Codes>\n");
        group(x, ISSUES, QdpxExporter.ISSUES_COLOR, cb.issues().stream()
                .map(c -> new String[] {"issue", c.name(), Markup.safeColor(c.color(), QdpxExporter.NO_COLOR), c.description()})
                .toList());
        group(x, ACTORS, QdpxExporter.ACTORS_COLOR, cb.actors().stream()
                .map(p -> new String[] {"actor", p.name(), QdpxExporter.ACTORS_COLOR, describe(p)}).toList());
        x.append("  </Codes>\n</CodeBook>\n");
        return x.toString();
    }

    /** An actor's description, with its aliases on a last line ("Also called: …") so other programs show them. */
    private static String describe(Codebook.Person p) {
        String aliases = p.aliases().isEmpty() ? "" : "Also called: " + String.join("; ", p.aliases());
        return p.description().isEmpty() ? aliases : aliases.isEmpty() ? p.description() : p.description() + "\n" + aliases;
    }

    private static void group(StringBuilder x, String label, String color, List<String[]> codes) {
        x.append("    <Code guid=\"").append(QdpxExporter.guid("group:" + label)).append("\" name=\"").append(label)
                .append("\" isCodable=\"false\" color=\"").append(color).append('"');
        if (codes.isEmpty()) {
            x.append("/>\n");
            return;
        }
        x.append(">\n");
        for (String[] c : codes) {
            x.append("      <Code guid=\"").append(QdpxExporter.guid(c[0] + ":" + c[1].strip().toLowerCase(Locale.ROOT)))
                    .append("\" name=\"").append(attr(c[1].strip())).append("\" isCodable=\"true\" color=\"").append(c[2])
                    .append('"');
            if (c[3].isEmpty()) {
                x.append("/>\n");
            } else {
                x.append(">\n        <Description>").append(Markup.escapeHtml(c[3]).replace("\r", "&#13;"))
                        .append("</Description>\n      </Code>\n");
            }
        }
        x.append("    </Code>\n");
    }

    private static String attr(String s) {
        return Markup.escapeHtml(s).replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    /** Reads a {@code .qdc} (or the codebook of a project file): codes under "Actors" are actors, all others issues. */
    public static Codebook fromQdc(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new IOException("the file is larger than a codebook may be (" + (MAX_BYTES >> 20) + " MB)");
        }
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("this is not a REFI-QDA codebook (the XML cannot be read: " + e.getMessage() + ")");
        }
        Element codes = first(doc.getDocumentElement(), "Codes");
        if (codes == null) {
            throw new IOException("this is not a REFI-QDA codebook (it has no Codes)");
        }
        List<Codebook.Code> issues = new ArrayList<>();
        List<Codebook.Person> actors = new ArrayList<>();
        for (Element c : children(codes, "Code")) {
            walk(c, ACTORS.equalsIgnoreCase(c.getAttribute("name")), issues, actors);
        }
        return new Codebook(issues, actors);
    }

    private static void walk(Element code, boolean actor, List<Codebook.Code> issues, List<Codebook.Person> actors) {
        String name = code.getAttribute("name").strip();
        if (!"false".equals(code.getAttribute("isCodable")) && !name.isEmpty()) {
            Element d = first(code, "Description");
            String description = d == null ? "" : d.getTextContent().strip();
            if (actor) {
                List<String> aliases = new ArrayList<>();
                int at = description.lastIndexOf("Also called: ");
                if (at >= 0) {
                    for (String a : description.substring(at + 13).split(";")) {
                        if (!a.isBlank()) {
                            aliases.add(a.strip());
                        }
                    }
                    description = description.substring(0, at).strip();
                }
                actors.add(new Codebook.Person("qdc:" + name, name, aliases, description));
            } else {
                String color = code.getAttribute("color");
                issues.add(new Codebook.Code("qdc:" + name, name, Markup.safeColor(color, null), description));
            }
        }
        for (Element c : children(code, "Code")) {
            walk(c, actor, issues, actors);
        }
    }

    private static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName())) {
                out.add(el);
            }
        }
        return out;
    }

    private static Element first(Element e, String local) {
        List<Element> c = children(e, local);
        return c.isEmpty() ? null : c.get(0);
    }

    public static String toCsv(Codebook cb) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Codebook.Code c : cb.issues()) {
            row(sb, "issue", c.name(), c.color(), c.description(), "");
        }
        for (Codebook.Person p : cb.actors()) {
            row(sb, "actor", p.name(), "", p.description(), String.join("; ", p.aliases()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            CsvExporter.cell(CsvExporter.neutralise(cells[i]), sb);
        }
        sb.append("\r\n");
    }

    /** Reads the CSV {@link #toCsv} writes (a header naming at least {@code kind} and {@code name}). */
    public static Codebook fromCsv(String csv) throws IOException {
        if (csv.length() > MAX_BYTES) {
            throw new IOException("the file is larger than a codebook may be (" + (MAX_BYTES >> 20) + " MB)");
        }
        List<List<String>> rows = parseCsv(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (rows.isEmpty()) {
            return Codebook.empty();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int kind = header.indexOf("kind");
        int name = header.indexOf("name");
        if (kind < 0 || name < 0) {
            throw new IOException("the first line must name the columns, with at least \"kind\" and \"name\"");
        }
        int color = header.indexOf("color");
        int description = header.indexOf("description");
        int aliases = header.indexOf("aliases");
        List<Codebook.Code> issues = new ArrayList<>();
        List<Codebook.Person> actors = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String n = unneutralise(get(row, name)).strip();
            if (n.isEmpty()) {
                continue;
            }
            String k = get(row, kind).strip().toLowerCase(Locale.ROOT);
            String d = unneutralise(get(row, description));
            if (k.equals("actor")) {
                List<String> al = new ArrayList<>();
                for (String a : unneutralise(get(row, aliases)).split(";")) {
                    if (!a.isBlank()) {
                        al.add(a.strip());
                    }
                }
                actors.add(new Codebook.Person("csv:" + n, n, al, d));
            } else if (k.equals("issue")) {
                issues.add(new Codebook.Code("csv:" + n, n, Markup.safeColor(get(row, color).strip(), null), d));
            } else {
                throw new IOException("line " + (r + 1) + ": kind must be \"issue\" or \"actor\", not \"" + k + "\"");
            }
        }
        return new Codebook(issues, actors);
    }

    private static String get(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    private static String unneutralise(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
