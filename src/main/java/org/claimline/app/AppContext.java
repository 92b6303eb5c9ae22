package org.claimline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.claimline.anchoring.Anchorer;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.AnnotationSet;
import org.claimline.session.AnnotationMerge;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.JsonLdWriter;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import java.util.concurrent.Executor;
import org.claimline.session.AnnotationStore;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.Sharing;
import org.claimline.ui.common.UiPreferences;

/** The one place that creates implementations and hands them to the code that needs them. */
public final class AppContext {
    private AppContext() {
    }

    public static ArticleCleaner cleaner() {
        return new ArticleCleaner();
    }

    public static Anchorer anchorer() {
        return new Anchorer();
    }

    /** The folder open as a workspace in this process's window, or null. */
    private static final java.util.concurrent.atomic.AtomicReference<java.nio.file.Path> WORKSPACE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Annotations live in a JSON sidecar beside each article; inside the open workspace they are reconciled with
     * its codebook.
     */
    public static AnnotationStore annotationStore() {
        return new CodebookAnnotationStore(new SidecarAnnotationStore(anchorer()), WORKSPACE::get);
    }

    /** The window's workspace: library, search and codebook; {@code background} runs indexing and codebook changes. */
    public static org.claimline.ui.workspace.WorkspaceUi workspaceUi(Executor background, Executor fx, UiPreferences prefs) {
        org.claimline.workspace.LinkFetcher fetcher = new org.claimline.workspace.LinkFetcher();
        org.claimline.ui.workspace.LibraryViewModel vm = new org.claimline.ui.workspace.LibraryViewModel(
                dir -> new WorkspaceService(dir, fetcher), background, fx);
        vm.rootProperty().addListener((o, a, b) -> WORKSPACE.set(b));
        return new org.claimline.ui.workspace.WorkspaceUi(vm, background, fx, prefs);
    }

    public static UiPreferences preferences() {
        return FilePreferences.forUser();
    }

    /** The reader's view-model; {@code background} runs opening and saving, {@code fx} applies results. */
    public static ReaderViewModel readerViewModel(Executor background, Executor fx) {
        return readerViewModel(background, fx, new CleanerArticleSource(cleaner()));
    }

    /**
     * As above, taking the launch's first article from {@code startup}, where it has been cleaning since main,
     * and the preferences the start-up preview was drawn with.
     */
    static ReaderViewModel readerViewModel(Executor background, Executor fx, DesktopStartup startup,
            UiPreferences prefs) {
        return new ReaderViewModel(new CleanerArticleSource(cleaner())
                .withPrepared(startup.options().file(), startup.initialArticle()), annotationStore(), prefs,
                background, fx).withSharing(sharing()).withAnalysis(analysis(background, fx));
    }

    private static ReaderViewModel readerViewModel(Executor background, Executor fx, CleanerArticleSource source) {
        return new ReaderViewModel(source, annotationStore(), preferences(), background, fx).withSharing(sharing())
                .withAnalysis(analysis(background, fx));
    }

    static ExportCommand exportCommand() {
        return new ExportCommand(file -> cleaner().clean(file), sidecarReader(), jsonLdExport(), Instant::now);
    }

    /** Export and import from the File menu: the same code as the {@code export} and {@code import} commands. */
    public static Sharing sharing() {
        return new DesktopSharing(exportCommand(), new AnnotationMerge(anchorer()));
    }

    /** Every CLI command, in the order the usage lists them. */
    public static Cli cli() {
        return new Cli(List.of(
                new CleanCommand(cleaner()),
                exportCommand(),
                new BenchExportCommand(jsonLdExport()),
                new BenchAnalysisCommand(),
                new ClaimsCommand(AppContext::folderCorpus),
                new MatrixCommand(AppContext::folderCorpus),
                new ReportCommand(AppContext::folderCorpus, Instant::now),
                new AnalyseCommand(),
                new ValidateCommand(),
                new ReanchorCommand(cleaner(), anchorer()),
                new ImportCommand(cleaner(), new AnnotationMerge(anchorer())),
                new BenchAnchorCommand(),
                new EvalCommand(cleaner()),
                new BenchCleanCommand(cleaner()),
                new BenchUiCommand(),
                new CdsDumpCommand(),
                new LibraryCommand(),
                new SearchCommand(),
                new CodebookCommand(),
                new AddLinkCommand(new org.claimline.workspace.LinkFetcher()),
                new BenchWorkspaceCommand()
        ));
    }

    /**
     * Reads a sidecar for an article; claims recorded against another version of the cleaned text are
     * re-anchored into the current one (orphans kept), so exports show where passages are now.
     */
    static SidecarReader sidecarReader() {
        Anchorer anchorer = anchorer();
        return (sidecar, article) -> {
            LoadResult r = SidecarStore.read(sidecar, article.text());
            if (!r.hasContent()) {
                throw new IOException(r.message() != null ? r.message() : sidecar + " has no annotations");
            }
            AnnotationSet set = r.file().annotations();
            if (r.file().document().matchesText(article.text())) {
                return set;
            }
            return set.withClaims(anchorer.reanchor(set.claims(), article.text()));
        };
    }

    /** The analysis window's model over a folder: read like {@code claims DIR}, files written atomically. */
    public static org.claimline.ui.analysis.AnalysisFactory analysis(Executor background, Executor fx) {
        return (folder, opener) -> new org.claimline.ui.analysis.AnalysisViewModel(folderCorpus(folder), opener,
                AnalysisArgs::writeAtomically, background, fx, Instant::now);
    }

    /** A folder of articles with sidecars, read as {@code export} reads a folder; the analysis's input. */
    public static org.claimline.analysis.CorpusSource folderCorpus(java.nio.file.Path folder) {
        return new FolderCorpusSource(folder, file -> cleaner().clean(file), sidecarReader(), null);
    }

    static JsonLdExport jsonLdExport() {
        return doc -> new String(JsonLdWriter.write(doc.annotations(),
                DocumentInfo.of(doc.sourceFileName(), null, doc.article()), doc.article().text()), StandardCharsets.UTF_8);
    }
}
