package org.claimline.cleaning;

import java.io.IOException;
import org.claimline.files.BoundedRead;
import java.nio.file.Path;
import org.claimline.model.Article;

/**
 * Entry point of the cleaning engine: bytes of a text dump or saved HTML page in, {@link Article} out.
 * Stateless and thread-safe; one instance serves many pages.
 */
public final class ArticleCleaner {

    /** Inputs above this size are refused with a message rather than risking memory exhaustion. */
    public static final long MAX_INPUT_BYTES = 50L * 1024 * 1024;

    /**
     * The cleaner's version, recorded in sidecars and caches: derived from the cleaning package's own classes and
     * resources (see {@link CleanerVersion}), so any change to the cleaner changes it. Computed on first use.
     */
    public static String version() {
        return VersionHolder.VERSION;
    }

    private static final class VersionHolder {
        static final String VERSION = CleanerVersion.compute();
    }

    private final TextDumpCleaner textCleaner = new TextDumpCleaner();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    public Article clean(Path file) throws IOException, CleaningException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, MAX_INPUT_BYTES, "an article");
        } catch (BoundedRead.RefusedException e) {
            if (e.reason() == BoundedRead.Reason.TOO_LARGE) {
                throw new CleaningException(file.getFileName() + " is larger than " + BoundedRead.describeSize(MAX_INPUT_BYTES)
                        + "; Claimline opens files up to " + BoundedRead.describeSize(MAX_INPUT_BYTES) + ".");
            }
            throw new CleaningException(e.getMessage());
        }
        return clean(bytes, file.getFileName().toString());
    }

    public Article clean(byte[] bytes, String fileName) throws CleaningException {
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new CleaningException(fileName + " is larger than " + BoundedRead.describeSize(MAX_INPUT_BYTES)
                    + "; Claimline opens files up to " + BoundedRead.describeSize(MAX_INPUT_BYTES) + ".");
        }
        if (bytes.length == 0) {
            throw new CleaningException(fileName + " is empty.");
        }
        DecodedText decoded = CharsetDetection.decode(bytes, fileName);
        if (decoded.looksBinary()) {
            throw new CleaningException(fileName + " does not look like text or HTML (binary content).");
        }
        InputKind kind = InputKind.guess(fileName, decoded.text().substring(0, Math.min(2048, decoded.text().length())));
        try {
            return clean(decoded.text(), kind);
        } catch (RuntimeException | StackOverflowError e) {
            // a page that trips a defect in one step must not take the reader or a batch run down with it
            throw failure(fileName, e);
        }
    }

    /** A defect met while cleaning, told in the user's words; the cause stays attached for the log. */
    static CleaningException failure(String fileName, Throwable cause) {
        return new CleaningException(fileName + " could not be cleaned: Claimline's cleaner failed on this page."
                + " Open the file in a browser or a text editor to read it, and please report the page.", cause);
    }

    public Article clean(String text, InputKind kind) throws CleaningException {
        Article found = SafetyNet.apply(kind == InputKind.HTML ? htmlExtractor.extract(text) : textCleaner.clean(text));
        if (kind == InputKind.TEXT_DUMP) {
            found = DumpHeadlineCheck.apply(found);
        }
        Article article = HeadlineText.apply(SectionBylines.apply(BylineText.apply(found)));
        if (article.text().isBlank() && article.blocks().stream().noneMatch(b -> !b.text().isBlank())) {
            throw new CleaningException("No readable text was found.");
        }
        return article;
    }
}
