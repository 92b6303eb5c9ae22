package org.claimline.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.claimline.files.AtomicFiles;
import org.claimline.files.BoundedRead;
import org.claimline.files.IoText;
import org.claimline.files.WriteLock;
import org.claimline.model.AnnotationSet;

/**
 * The sidecar of one article, {@code <article file name>.annotations.json} beside it. Saves are atomic
 * (temporary file in the same folder, fsync, previous version kept as {@code .bak}, atomic rename) and
 * never overwrite a file that changed on disk since it was loaded or saved without merging it first; a
 * corrupt file is never overwritten until the caller moves it aside. Thread-safe (one lock per store).
 */
public final class SidecarStore {
    public static final String SUFFIX = SidecarNames.SUFFIX;
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Duration STALE_TEMP_AGE = Duration.ofMinutes(10);

    private final Path path;
    private final Clock clock;

    private SidecarFile base;
    private String baseHash;
    /** Size of the file as last loaded or saved: a change of size needs no hashing to be seen. */
    private long baseSize = -1;
    private SidecarExtras extras = SidecarExtras.none();
    private boolean readOnly;
    private String blockedBy;

    public SidecarStore(Path sidecarPath) {
        this(sidecarPath, Clock.systemDefaultZone());
    }

    public SidecarStore(Path sidecarPath, Clock clock) {
        this.path = Objects.requireNonNull(sidecarPath, "sidecarPath");
        this.clock = clock;
    }

    /** {@code korea.txt} → {@code korea.txt.annotations.json} in the same folder ({@link SidecarNames}). */
    public static Path sidecarFor(Path article) {
        return SidecarNames.sidecarFor(article);
    }

    public static SidecarStore forArticle(Path article) {
        return new SidecarStore(sidecarFor(article));
    }

    public Path path() {
        return path;
    }

    public synchronized boolean isReadOnly() {
        return readOnly;
    }

    /** The content last loaded or saved (what a later external change is merged against), or null. */
    public synchronized SidecarFile base() {
        return base;
    }

    /**
     * Reads the sidecar and remembers it as the base for later saves. {@code text} is the current cleaned
     * text, used to turn the file's code-point offsets into the model's UTF-16 offsets.
     */
    public synchronized LoadResult load(String text) {
        removeStaleTemps();
        LoadResult r = read(path, text);
        readOnly = r.status() == LoadResult.Status.NEWER_SCHEMA;
        blockedBy = r.status() == LoadResult.Status.CORRUPT ? r.message() : null;
        rememberStat();
        if (r.hasContent()) {
            base = r.file();
            baseHash = r.sha256();
            extras = r.file().extras();
        } else {
            base = null;
            baseHash = null;
            extras = SidecarExtras.none();
        }
        return r;
    }

    /** Reads a sidecar without remembering anything (validation, import, a look at the file on disk). */
    public static LoadResult read(Path path, String text) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new LoadResult(LoadResult.Status.MISSING, path, null, null, null, null);
        }
        byte[] bytes;
        try {
            bytes = BoundedRead.read(path, SidecarMapper.MAX_FILE_BYTES, "a sidecar");
        } catch (BoundedRead.RefusedException e) {
            return new LoadResult(LoadResult.Status.CORRUPT, path, null, e.getMessage() + " It was left untouched.",
                    null, null);
        } catch (IOException e) {
            return corrupt(path, "it cannot be read (" + IoText.describe(e) + ")");
        }
        return decode(path, bytes, text);
    }

    static LoadResult decode(Path path, byte[] bytes, String text) {
        String hash = Hashes.sha256(bytes);
        if (bytes.length > SidecarMapper.MAX_FILE_BYTES) {
            return corrupt(path, "the file is larger than the " + BoundedRead.describeSize(SidecarMapper.MAX_FILE_BYTES)
                    + " a sidecar may have");
        }
        try {
            SidecarCodec.Decoded d = SidecarCodec.decode(bytes, text);
            if (d.schemaVersion() > SidecarCodec.SCHEMA_VERSION) {
                return new LoadResult(LoadResult.Status.NEWER_SCHEMA, path, d.file(), path + " was written by a newer "
                        + "version of Claimline (format " + d.schemaVersion() + "; this version writes format "
                        + SidecarCodec.SCHEMA_VERSION + "). It is open read-only so nothing in it is lost.",
                        d.warnings(), hash);
            }
            return new LoadResult(LoadResult.Status.OK, path, d.file(), null, d.warnings(), hash);
        } catch (SidecarFormatException e) {
            return new LoadResult(LoadResult.Status.CORRUPT, path, null, path + " cannot be read: " + e.getMessage(),
                    e.problems(), hash);
        }
    }

    private static LoadResult corrupt(Path path, String why) {
        return new LoadResult(LoadResult.Status.CORRUPT, path, null, path + " cannot be read: " + why, null, null);
    }

    /**
     * Saves {@code set}, writing nothing over a change another writer made on disk since it was loaded or last
     * saved (status {@code CHANGED}). As {@link #save(AnnotationSet, DocumentInfo, String, ExternalChange)} with
     * {@link ExternalChange#REFUSE}.
     */
    public synchronized SaveResult save(AnnotationSet set, DocumentInfo document, String text) throws SidecarSaveException {
        return save(set, document, text, ExternalChange.REFUSE);
    }

    /**
     * Saves {@code set}. If the file changed on disk since it was loaded or last saved, {@code change} settles it
     * first: a settled set is written (status {@code MERGED}); when it settles nothing, nothing is written and the
     * file on disk comes back to the caller (status {@code CHANGED}). Throws, with a message for the user, if the
     * file cannot be written, is read-only (newer format) or was corrupt and not yet moved aside; memory is untouched.
     */
    public synchronized SaveResult save(AnnotationSet set, DocumentInfo document, String text, ExternalChange change)
            throws SidecarSaveException {
        try {
            return WriteLock.holding(path, () -> saveLocked(set, document, text, change));
        } catch (SidecarSaveException e) {
            throw e;
        } catch (IOException e) {
            throw new SidecarSaveException(userMessage(e), e);
        }
    }

    /** {@link #save}'s work, with every other writer of this sidecar (thread or process) held off. */
    private SaveResult saveLocked(AnnotationSet set, DocumentInfo document, String text, ExternalChange change)
            throws SidecarSaveException {
        if (readOnly) {
            throw new SidecarSaveException(path + " was written by a newer version of Claimline and is open read-only. "
                    + "Use Save As… to keep your edits in another file.", null);
        }
        if (blockedBy != null) {
            throw new SidecarSaveException(blockedBy + " It was not overwritten; move it aside (or use Save As…) before "
                    + "saving.", null);
        }
        byte[] onDisk;
        try {
            onDisk = Files.exists(path) ? BoundedRead.read(path, SidecarMapper.MAX_FILE_BYTES, "a sidecar") : null;
        } catch (BoundedRead.RefusedException e) {
            throw new SidecarSaveException(e.getMessage() + " It was not overwritten; move it aside or use Save As….", e);
        } catch (IOException e) {
            throw new SidecarSaveException(userMessage(e), e);
        }
        String diskHash = onDisk == null ? null : Hashes.sha256(onDisk);
        if (onDisk != null && !diskHash.equals(baseHash)) {
            LoadResult theirs = decode(path, onDisk, text);
            if (theirs.status() == LoadResult.Status.CORRUPT) {
                throw new SidecarSaveException(path + " was changed by another program and " + theirs.message()
                        .substring(path.toString().length() + 1) + " It was not overwritten; move it aside or use Save As….",
                        null);
            }
            if (theirs.status() == LoadResult.Status.NEWER_SCHEMA) {
                readOnly = true;
                throw new SidecarSaveException(theirs.message(), null);
            }
            AnnotationSet settled = change.settle(base, set, theirs.file(), text);
            if (settled == null) {
                return new SaveResult(SaveResult.Status.CHANGED, null, theirs);
            }
            extras = theirs.file().extras().union(extras);
            write(settled, document, text, onDisk);
            return new SaveResult(SaveResult.Status.MERGED, settled, theirs);
        }
        write(set, document, text, onDisk);
        return new SaveResult(SaveResult.Status.SAVED, set, null);
    }

    /**
     * Saves the user's settlement of a {@code CHANGED} result: the version found on disk becomes the base,
     * then {@code resolved} is saved as usual ({@code change} settling again should the file have changed once more).
     */
    public synchronized SaveResult saveResolved(AnnotationSet resolved, DocumentInfo document, String text,
                                                SaveResult changed, ExternalChange change) throws SidecarSaveException {
        LoadResult theirs = changed.theirs();
        base = theirs.file();
        baseHash = theirs.sha256();
        extras = theirs.file().extras().union(extras);
        return save(resolved, document, text, change);
    }

    /**
     * Renames an unreadable sidecar to {@code <name>.corrupt-<yyyyMMdd-HHmmss>} and starts afresh (the next
     * save writes a new file). Returns where the old file went.
     */
    public synchronized Path moveAsideAndStartFresh() throws IOException {
        Path aside = moveAside(path, clock);
        blockedBy = null;
        readOnly = false;
        base = null;
        baseHash = null;
        extras = SidecarExtras.none();
        return aside;
    }

    public static Path moveAside(Path file, Clock clock) throws IOException {
        String stamp = ASIDE_STAMP.format(LocalDateTime.now(clock));
        Path target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
        }
        return Files.move(file, target);
    }

    /**
     * Writes the file unless its encoding equals what is on disk ({@code onDisk}, may be null): a save that
     * changes nothing writes nothing, so the {@code .bak} keeps the version before the last real change. A file
     * larger than a sidecar may be when read back is refused, and nothing is written.
     */
    private void write(AnnotationSet set, DocumentInfo document, String text, byte[] onDisk) throws SidecarSaveException {
        if (extras.collectionId == null) {
            extras = extras.withCollectionId("urn:uuid:" + UUID.randomUUID());
        }
        SidecarFile file = new SidecarFile(document, set, extras);
        byte[] bytes = SidecarCodec.encode(file, text);
        if (bytes.length > SidecarMapper.MAX_FILE_BYTES) {
            throw new SidecarSaveException("Could not save annotations to " + path + ": they would make a file of "
                    + (bytes.length >> 20) + " MB, larger than the " + BoundedRead.describeSize(SidecarMapper.MAX_FILE_BYTES)
                    + " Claimline can read back. Nothing was written; the file on disk is as it was.", null);
        }
        if (onDisk == null || !Arrays.equals(bytes, onDisk)) {
            writeAtomically(path, bytes);
        }
        base = file;
        baseHash = Hashes.sha256(bytes);
        rememberStat();
    }

    private void rememberStat() {
        try {
            baseSize = Files.size(path);
        } catch (IOException e) {
            baseSize = -1;
        }
    }

    /**
     * Whether the file on disk is no longer what was last loaded or saved (for a UI that polls while the
     * article is open). The content hash decides, not the modification time: a same-size edit within the
     * clock's resolution would otherwise go unseen, and a mere touch is no change.
     */
    public synchronized boolean changedOnDisk() {
        try {
            if (!Files.exists(path)) {
                return baseHash != null;
            }
            if (baseHash == null) {
                return true;
            }
            if (Files.size(path) != baseSize) {
                return true;
            }
            return !Hashes.sha256(BoundedRead.read(path, SidecarMapper.MAX_FILE_BYTES, "a sidecar")).equals(baseHash);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Replaces {@code target} (at the end of its links, permissions kept) with {@code bytes} so that a crash
     * at any moment leaves either the old or the new complete file, and keeps the old one as {@code <name>.bak}.
     */
    static void writeAtomically(Path target, byte[] bytes) throws SidecarSaveException {
        try {
            AtomicFiles.write(target, bytes, true);
        } catch (IOException e) {
            throw new SidecarSaveException(userMessage(target, e), e);
        }
    }

    /** Temporary files left by a save that was killed half-way; only old ones, a live writer may own new ones. */
    private void removeStaleTemps() {
        Path dir = path.toAbsolutePath().getParent();
        String prefix = "." + path.getFileName() + ".";
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        long cutoff = clock.millis() - STALE_TEMP_AGE.toMillis();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toMillis() < cutoff) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // tidying is best effort
        }
    }

    private String userMessage(IOException e) {
        return userMessage(path, e);
    }

    static String userMessage(Path target, IOException e) {
        Path dir = target.toAbsolutePath().getParent();
        String reason = e.getMessage() == null ? "" : e.getMessage();
        String what;
        if (e instanceof AccessDeniedException) {
            what = "there is no permission to write in " + dir;
        } else if (e instanceof NoSuchFileException || e instanceof NotDirectoryException
                || (e instanceof FileSystemException fse && "Not a directory".equals(fse.getReason()))) {
            what = "the folder " + dir + " does not exist";
        } else if (reason.contains("No space left") || reason.contains("not enough space")) {
            what = "the disk is full";
        } else if (reason.contains("Read-only file system")) {
            what = "the disk is read-only";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            what = fse.getReason().trim() + (reason.contains("used by another process") ? " (the file is locked)" : "");
        } else {
            what = e.toString();
        }
        return "Could not save annotations to " + target + ": " + what + ". Your edits are kept in memory; "
                + "use Save As… to save them elsewhere.";
    }
}
