package org.claimline.storage;

import java.nio.file.Path;

/** The one rule naming sidecars: {@code korea.txt} → {@code korea.txt.annotations.json} in the same folder. */
public final class SidecarNames {
    public static final String SUFFIX = ".annotations.json";

    private SidecarNames() {
    }

    /** The sidecar of {@code article}, beside it. */
    public static Path sidecarFor(Path article) {
        return article.resolveSibling(article.getFileName().toString() + SUFFIX);
    }

    /** Whether {@code file} is named as a sidecar. */
    public static boolean isSidecar(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The article {@code sidecar} belongs to ({@code X.annotations.json} → {@code X}). */
    public static Path articleOf(Path sidecar) {
        String n = sidecar.getFileName().toString();
        if (!n.endsWith(SUFFIX)) {
            throw new IllegalArgumentException(sidecar + " is not named as a sidecar");
        }
        return sidecar.resolveSibling(n.substring(0, n.length() - SUFFIX.length()));
    }
}
