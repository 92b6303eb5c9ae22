package org.claimline.app;

import java.util.List;
import org.claimline.cleaning.ArticleCleaner;

/** The one place that creates implementations and hands them to the code that needs them. */
public final class AppContext {
    private AppContext() {
    }

    public static ArticleCleaner cleaner() {
        return new ArticleCleaner();
    }

    /** Every CLI command, in the order the usage lists them. */
    public static Cli cli() {
        return new Cli(List.of(
                new CleanCommand(cleaner()),
                new CdsDumpCommand()
        ));
    }
}
