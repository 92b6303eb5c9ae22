package org.claimline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.session.AnnotationMerge;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.JsonLdWriter;
import java.util.concurrent.Executor;
import org.claimline.session.AnnotationStore;
import org.claimline.model.ClaimPlacer;
import org.claimline.repository.AnnotationRepository;
import org.claimline.repository.Reanchoring;
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

    /** The re-anchoring of saved annotations; each repository owns one, and everything else takes it from there. */
    public static ClaimPlacer placer() {
        return Reanchoring.standard();
    }

    /** The one owner of annotations between the reader, the commands and the sidecars: load, re-anchor once, merge. */
    static AnnotationRepository repository() {
        return new AnnotationRepository(placer());
    }

    /** The folder open as a workspace in this process's window, or null. */
    private static final java.util.concurrent.atomic.AtomicReference<java.nio.file.Path> WORKSPACE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Annotations live in a JSON sidecar beside each article; inside the open workspace they are reconciled with
     * its codebook.
     */
    public static AnnotationStore annotationStore() {
        return new CodebookAnnotationStore(repository(), WORKSPACE::get);
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

    /** Export through the format registry: what the {@code export} command and File ▸ Export both call. */
    static ExportService exportService() {
        return new ExportService(file -> cleaner().clean(file), sidecarReader(),
                org.claimline.export.Exporters.standard(jsonLdExport()));
    }

    static ExportCommand exportCommand() {
        return new ExportCommand(exportService(), Instant::now);
    }

    /** Export and import from the File menu: the same code as the {@code export} and {@code import} commands. */
    public static Sharing sharing() {
        return new DesktopSharing(exportService(), new AnnotationMerge(placer()), Instant::now);
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
                new ReanchorCommand(cleaner(), Reanchoring.standard()),
                new ImportCommand(cleaner(), repository()),
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
        return repository()::readPlaced;
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

    static org.claimline.export.Exporters.JsonLdWriter jsonLdExport() {
        return doc -> new String(JsonLdWriter.write(doc.annotations(),
                DocumentInfo.of(doc.sourceFileName(), null, doc.article(), ArticleCleaner.version()), doc.article().text()), StandardCharsets.UTF_8);
    }
}
