package org.claimline.app;

import java.io.IOException;
import java.time.Instant;
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
                new ExportCommand(file -> cleaner().clean(file), sidecarReader(), jsonLdWriter(), Instant::now),
                new BenchExportCommand(jsonLdWriter())
        ));
    }

    /** Sidecar reading lives in storage; until it is wired here, exports that need it say so. */
    static SidecarReader sidecarReader() {
        return sidecar -> {
            throw new IOException("reading sidecars is not wired yet (" + sidecar.getFileName() + ")");
        };
    }

    /** The W3C JSON-LD writer lives in storage; until it is wired here, --format jsonld says so. */
    static JsonLdWriter jsonLdWriter() {
        return doc -> {
            throw new IOException("JSON-LD export is not wired yet");
        };
    }
}
