package org.claimline.workspace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Codebook;
import org.claimline.model.Stance;
import org.claimline.model.TextRange;
import org.claimline.storage.CodebookFile;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.SidecarSaveException;
import org.claimline.storage.SidecarStore;

/**
 * Writes a plausible workspace for benchmarks and tests: op-ed pages (HTML with the metadata real pages carry) in
 * outlet folders, a codebook of ten issues and eight actors, and sidecars whose claims are anchored on sentences of
 * the cleaned text. Seeded, so the same arguments give the same folder.
 */
public final class WorkspaceGenerator {
    public static final List<String> OUTLETS = List.of("The Korea Times", "Japan Forward", "The Diplomat",
            "Asia Review", "Seoul Herald", "Tokyo Letter");
    static final String[] WORDS = ("government trade policy security alliance history export control minister court "
            + "ruling labor compensation treaty dialogue summit pressure sanction economy semiconductor supply chain "
            + "public opinion election diplomacy apology memory future cooperation tension dispute region market "
            + "investment defense agreement intelligence leaders negotiation relations").split(" ");

    private final ArticleCleaner cleaner = new ArticleCleaner();

    public static Codebook codebook() {
        String[] issues = {"Trade", "History", "Security", "Forced labor", "Export control", "Apology", "Elections",
                "Alliance", "Economy", "Diplomacy"};
        String[] colours = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf"};
        List<Codebook.Code> codes = new ArrayList<>();
        for (int i = 0; i < issues.length; i++) {
            codes.add(new Codebook.Code("issue-" + i, issues[i], colours[i], "Claims about " + issues[i].toLowerCase()));
        }
        String[] actors = {"South Korea", "Japan", "United States", "China", "Moon Jae-in", "Shinzo Abe",
                "Supreme Court", "Business lobby"};
        List<Codebook.Person> people = new ArrayList<>();
        for (int i = 0; i < actors.length; i++) {
            people.add(new Codebook.Person("actor-" + i, actors[i], List.of(), ""));
        }
        return new Codebook(codes, people);
    }

    /** Writes {@code articles} pages holding {@code claims} claims in all into {@code dir}. */
    public void generate(Path dir, int articles, int claims, long seed) throws IOException {
        Random rnd = new Random(seed);
        Codebook cb = codebook();
        CodebookFile.write(CodebookFile.in(dir), cb);
        for (int a = 0; a < articles; a++) {
            String outlet = OUTLETS.get(a % OUTLETS.size());
            Path folder = dir.resolve(outlet.toLowerCase().replace(' ', '-'));
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format("op-ed-%05d.html", a));
            byte[] html = page(rnd, a, outlet).getBytes(StandardCharsets.UTF_8);
            Files.write(file, html);
            int n = claims / articles + (a < claims % articles ? 1 : 0);
            if (n > 0) {
                writeSidecar(file, html, n, rnd, cb);
            }
        }
    }

    private void writeSidecar(Path file, byte[] html, int n, Random rnd, Codebook cb) throws IOException {
        Article article;
        try {
            article = cleaner.clean(html, file.getFileName().toString());
        } catch (CleaningException e) {
            throw new IOException(e.getMessage(), e);
        }
        String text = article.text();
        List<TextRange> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                while (start < i && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                if (i + 1 - start > 10) {
                    sentences.add(new TextRange(start, i + 1));
                }
                start = i + 1;
            }
        }
        List<Claim> list = new ArrayList<>();
        for (int c = 0; c < n && !sentences.isEmpty(); c++) {
            TextRange r = sentences.get(rnd.nextInt(sentences.size()));
            List<String> issues = List.of(cb.issues().get(rnd.nextInt(cb.issues().size())).id());
            List<String> actors = List.of(cb.actors().get(rnd.nextInt(cb.actors().size())).id());
            list.add(new Claim("claim-" + c + "-" + Long.toHexString(rnd.nextLong()), Anchor.exact(text, r),
                    "Summary " + WORDS[rnd.nextInt(WORDS.length)], issues, actors,
                    Stance.values()[rnd.nextInt(Stance.values().length)], c % 3 == 0 ? "note " + WORDS[rnd.nextInt(WORDS.length)] : "",
                    List.of(), null, null, "bench"));
        }
        try {
            SidecarStore.forArticle(file).save(new AnnotationSet(cb.toTaxonomy(), list),
                    DocumentInfo.of(file.getFileName().toString(), html, article, ArticleCleaner.version()), text);
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static String page(Random rnd, int n, String outlet) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String w = WORDS[rnd.nextInt(WORDS.length)];
            title.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i < 5 ? " " : "");
        }
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(900));
        String author = "Writer " + (char) ('A' + rnd.nextInt(26)) + ". " + (char) ('A' + rnd.nextInt(26)) + "son";
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | ").append(outlet).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">")
                .append("<meta name=\"author\" content=\"").append(author).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T09:00:00Z\">")
                .append("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/opinion\">Opinion</a></nav></header>")
                .append("<article><h1>").append(title).append(" (").append(n).append(")</h1><p class=\"byline\">By ")
                .append(author).append("</p>");
        int paragraphs = 8 + rnd.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            sb.append("<p>");
            int sentences = 3 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int words = 10 + rnd.nextInt(12);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[rnd.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w < words - 1 ? " " : ". ");
                }
            }
            sb.append("</p>");
        }
        sb.append("</article><footer>© ").append(outlet).append("</footer></body></html>");
        return sb.toString();
    }
}
