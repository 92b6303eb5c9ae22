package org.claimline.app;

import java.io.PrintStream;
import org.claimline.files.BoundedRead;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Taxonomy;
import org.claimline.session.AnnotationMerge;
import org.claimline.repository.AnnotationRepository;
import org.claimline.session.AnnotationStore;
import org.claimline.storage.SidecarStore;
import org.claimline.storage.W3cImport;

/**
 * {@code import FILE --into ARTICLE [--conflicts both|mine|theirs]}: merges a colleague's sidecar or W3C JSON-LD
 * into the article's sidecar. New claims are re-anchored into the current text; claims both sides changed are
 * resolved by {@code --conflicts} (default: keep both, so nothing is lost).
 */
final class ImportCommand implements CliCommand {
    private final ArticleCleaner cleaner;
    private final AnnotationRepository repository;
    private final AnnotationMerge merge;

    ImportCommand(ArticleCleaner cleaner, AnnotationRepository repository) {
        this.cleaner = cleaner;
        this.repository = repository;
        this.merge = new AnnotationMerge(repository.placer());
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "FILE --into ARTICLE [--conflicts both|mine|theirs]  merge a colleague's annotations";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("ARTICLE", "the article whose sidecar receives the claims", "--into"),
            Args.Option.valued("both|mine|theirs", "claims changed on both sides: keep both (default), mine or theirs",
                    "--conflicts"));

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(name(), OPTIONS, argv);
        if (args.help()) {
            out.print(Args.helpText(name(), "SIDECAR_OR_JSONLD --into ARTICLE [--conflicts both|mine|theirs]", OPTIONS));
            return 0;
        }
        AnnotationMerge.Resolution resolution = AnnotationMerge.Resolution.KEEP_BOTH;
        if (args.value("--conflicts") != null) {
            resolution = switch (args.value("--conflicts").toLowerCase(Locale.ROOT)) {
                case "mine" -> AnnotationMerge.Resolution.MINE;
                case "theirs" -> AnnotationMerge.Resolution.THEIRS;
                case "both" -> AnnotationMerge.Resolution.KEEP_BOTH;
                default -> null;
            };
            if (resolution == null) {
                err.println("claimline import: --conflicts takes both, mine or theirs");
                return 2;
            }
        }
        if (args.positional().size() != 1) {
            err.println("claimline import: name one annotation file to import (claimline import --help)");
            return 2;
        }
        if (args.value("--into") == null) {
            err.println("claimline import: --into ARTICLE is needed: the article whose sidecar receives the claims");
            return 2;
        }
        Path incoming = Path.of(args.positional().get(0));
        Path article = Path.of(args.value("--into"));
        byte[] source = BoundedRead.read(article, ArticleCleaner.MAX_INPUT_BYTES, "an article");
        Article cleaned = cleaner.clean(source, article.getFileName().toString());
        AnnotationStore.Loaded loaded = repository.load(article, cleaned);
        if (loaded.condition() == AnnotationStore.Condition.UNREADABLE
                || loaded.condition() == AnnotationStore.Condition.READ_ONLY) {
            err.println("claimline import: " + loaded.message() + " Nothing was imported.");
            return 1;
        }
        Article shown = loaded.articleOr(cleaned);
        String text = shown.text();
        AnnotationSet mine = loaded.annotations() != null ? loaded.annotations() : AnnotationSet.empty(Taxonomy.empty());
        AnnotationMerge.Result merged = read(merge, incoming, text, article.getFileName().toString(), mine);
        merged.notices().forEach(n -> err.println("claimline import: " + n));
        AnnotationSet result = merged.applyAll(resolution);
        Path sidecar = SidecarStore.sidecarFor(article);
        if (repository.save(article, shown, result).hasConflicts()) {
            err.println("claimline import: " + sidecar + " changed on disk meanwhile with conflicting edits; "
                    + "nothing was written. Run the import again.");
            return 1;
        }
        out.printf("imported %s into %s: %s (conflicts: %s)%n", incoming.getFileName(), sidecar.getFileName(),
                merged.summary(), resolution.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return 0;
    }

    /**
     * Reads {@code incoming} (a sidecar or W3C JSON-LD) against the current {@code text} of the article named
     * {@code articleName} and merges it into {@code mine}; every annotation skipped or changed on the way is in
     * the result's notices, with the reason. The GUI's import runs this too.
     */
    static AnnotationMerge.Result read(AnnotationMerge merge, Path incoming, String text, String articleName,
                                       AnnotationSet mine)
            throws java.io.IOException, org.claimline.storage.SidecarFormatException {
        W3cImport.Result theirs = new W3cImport().read(incoming, text, articleName);
        return merge.merge(mine, new AnnotationSet(theirs.taxonomy(), theirs.claims()), text)
                .withNotices(theirs.report());
    }
}
