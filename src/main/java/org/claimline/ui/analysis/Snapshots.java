package org.claimline.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a snapshot as PNG atomically (temporary file beside the target, then a rename). */
final class Snapshots {
    private Snapshots() {
    }

    static void writePng(Image image, Path target) throws IOException {
        if (org.claimline.storage.SidecarNames.isSidecar(target)) {
            throw new IOException("it is a claims file; choose another name");
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        org.claimline.files.AtomicFiles.write(target.toAbsolutePath(), out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        }, false);
    }
}
