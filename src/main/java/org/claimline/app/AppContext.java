package org.claimline.app;

import java.util.List;
import java.util.concurrent.Executor;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.session.AnnotationStore;
import org.claimline.ui.ReaderViewModel;
import org.claimline.ui.UiPreferences;

/** The one place that creates implementations and hands them to the code that needs them. */
public final class AppContext {
    private AppContext() {
    }

    public static ArticleCleaner cleaner() {
        return new ArticleCleaner();
    }

    /** Where annotations are kept (in memory until the sidecar store is wired here). */
    public static AnnotationStore annotationStore() {
        return new InMemoryAnnotationStore();
    }

    public static UiPreferences preferences() {
        return new JavaPreferences();
    }

    /** The reader's view-model; {@code background} runs opening and saving, {@code fx} applies results. */
    public static ReaderViewModel readerViewModel(Executor background, Executor fx) {
        return new ReaderViewModel(new CleanerArticleSource(cleaner()), annotationStore(), preferences(), background, fx);
    }

    /** Every CLI command, in the order the usage lists them. */
    public static Cli cli() {
        return new Cli(List.of(
                new CleanCommand(cleaner()),
                new BenchUiCommand()
        ));
    }
}
