package org.claimline.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a snapshot as PNG atomically (temporary file beside the target, then a rename). */
final class Snapshots {
    private Snapshots() {
    }

    static void writePng(Image image, Path target) throws IOException {
        if (target.getFileName() != null && target.getFileName().toString().endsWith(".annotations.json")) {
            throw new IOException("it is a claims file; choose another name");
        }
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            // a temporary file is private (rw-------); what replaces a file keeps its permissions, a new one is
            // readable as files saved by other programs are
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.exists(abs) ? Files.getPosixFilePermissions(abs)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            if (!ImageIO.write(buffered, "png", tmp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
