package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import org.claimline.model.AnnotationSet;

/** Reads an annotation sidecar ({@code X.annotations.json}); storage implements it, AppContext wires it. */
@FunctionalInterface
public interface SidecarReader {
    AnnotationSet read(Path sidecar) throws IOException;
}
