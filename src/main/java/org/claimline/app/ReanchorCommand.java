package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimline.anchoring.Anchorer;
import org.claimline.repository.Reanchoring;
import org.claimline.anchoring.Placement;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;

/**
 * {@code reanchor [--explain] ARTICLE}: what re-anchoring the sidecar onto the article's current text would do;
 * writes nothing. With {@code --explain}, every annotation with the step or rule of the re-anchoring pipeline
 * that placed or orphaned it, and why.
 */
final class ReanchorCommand implements CliCommand {
    private final ArticleCleaner cleaner;
    private final Reanchoring anchorer;

    ReanchorCommand(ArticleCleaner cleaner, Reanchoring anchorer) {
        this.cleaner = cleaner;
        this.anchorer = anchorer;
    }

    @Override
    public String name() {
        return "reanchor";
    }

    @Override
    public String summary() {
        return "[--explain] ARTICLE      report which annotations would move, go fuzzy or be orphaned (and why)";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.flag("for every annotation, say which rule placed or orphaned it, and why", "--explain"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "[--explain] ARTICLE", OPTIONS));
            return 0;
        }
        boolean explain = parsed.flag("--explain");
        if (parsed.positional().size() != 1) {
            err.println("claimline reanchor: name one article (claimline reanchor --help)");
            return 2;
        }
        Path article = Path.of(parsed.positional().get(0));
        Path sidecar = SidecarStore.sidecarFor(article);
        if (!Files.exists(sidecar, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            err.println("claimline reanchor: " + article + " has no sidecar (" + sidecar.getFileName() + ")");
            return 1;
        }
        Article cleaned = cleaner.clean(article);
        String text = cleaned.text();
        LoadResult r = SidecarStore.read(sidecar, text);
        if (!r.hasContent()) {
            err.println("claimline reanchor: " + r.message());
            return 1;
        }
        if (r.readOnly()) {
            err.println("note: " + r.message());
        }
        List<Claim> claims = r.file().annotations().claims();
        if (r.file().document().matchesText(text)) {
            out.printf("%s: the cleaned text is unchanged; all %d annotations stay as they are%n", article, claims.size());
            if (explain) {
                explain(out, claims, anchorer.placements(claims, text), text);
            }
            return 0;
        }
        out.printf("%s: the cleaned text differs from the one the annotations were made on (cleaner %s, now %s)%n",
                article, r.file().document().cleanerVersion(), ArticleCleaner.version());
        long t0 = System.nanoTime();
        List<Placement> placements = anchorer.placements(claims, text);
        List<Claim> placed = Anchorer.withPlacements(claims, placements);
        long micros = (System.nanoTime() - t0) / 1000;
        if (explain) {
            explain(out, claims, placements, text);
        }
        Map<AnchorStatus, Integer> counts = new EnumMap<>(AnchorStatus.class);
        for (int i = 0; i < claims.size(); i++) {
            Claim before = claims.get(i);
            Claim after = placed.get(i);
            AnchorStatus s = after.anchor().status();
            counts.merge(s, 1, Integer::sum);
            if (explain || s == AnchorStatus.ANCHORED && before.anchor().status() == AnchorStatus.ANCHORED) {
                continue;
            }
            String score = s == AnchorStatus.FUZZY ? String.format(" %.2f", after.anchor().score()) : "";
            out.printf("  %-8s %s  %s → %s  \"%s\"%n", s.id() + score, shortId(before.id()), where(before.range(), text),
                    where(after.range(), text), excerpt(before.quote()));
        }
        out.printf("anchored: %d, moved: %d, fuzzy: %d, orphaned: %d (of %d; %.1f ms; nothing written)%n",
                counts.getOrDefault(AnchorStatus.ANCHORED, 0), counts.getOrDefault(AnchorStatus.MOVED, 0),
                counts.getOrDefault(AnchorStatus.FUZZY, 0), counts.getOrDefault(AnchorStatus.ORPHAN, 0),
                claims.size(), micros / 1000.0);
        return 0;
    }

    /**
     * One line per annotation: its short id, where its quote started and starts now (code points), the status
     * it would get, and the step or rule that decided with its reason.
     */
    private static void explain(PrintStream out, List<Claim> claims, List<Placement> placements, String text) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Placement p = placements.get(i);
            out.printf("  %s  %s → %s  %s  %s: %s%n", shortId(c.id()), start(c.range(), text),
                    start(p.anchor().range(), text), p.anchor().status().id(), p.decidedBy(), p.reason());
        }
    }

    /** Where a range starts, in code points; - for none. */
    private static String start(TextRange r, String text) {
        return r == null ? "-" : String.valueOf(text.codePointCount(0, Math.min(r.start(), text.length())));
    }

    /** A range as code points, the unit the sidecar records. */
    private static String where(TextRange r, String text) {
        if (r == null) {
            return "-";
        }
        int s = Math.min(r.start(), text.length());
        int e = Math.min(r.end(), text.length());
        int cs = text.codePointCount(0, s);
        return cs + ".." + (cs + text.codePointCount(s, e) + (r.end() - e));
    }

    /** The part of an id that tells claims apart: {@code urn:uuid:3f2a9c1e-…} → {@code 3f2a9c1e}. */
    static String shortId(String id) {
        String tail = id.substring(id.lastIndexOf(':') + 1);
        int dash = tail.indexOf('-');
        String s = dash >= 8 ? tail.substring(0, dash) : tail;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String excerpt(String q) {
        String one = q.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, one.offsetByCodePoints(0, Math.min(57, one.codePointCount(0, one.length())))) + "…" : one;
    }
}
