package org.claimline.cleaning.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Which source file of a page folder the evaluation cleans. */
public enum InputChoice {
    TXT,
    HTML,
    /** The HTML when the folder has it, else the text dump. */
    AUTO;

    public static InputChoice parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The source file to clean in {@code page}, or null if the folder lacks it. */
    public Path source(Path page) {
        Path html = page.resolve(PageFolders.SOURCE_HTML);
        Path txt = page.resolve(PageFolders.SOURCE_TXT);
        Path chosen = switch (this) {
            case TXT -> txt;
            case HTML -> html;
            case AUTO -> Files.isRegularFile(html) ? html : txt;
        };
        return Files.isRegularFile(chosen) ? chosen : null;
    }
}
