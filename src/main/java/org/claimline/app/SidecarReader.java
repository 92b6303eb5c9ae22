package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import org.claimline.model.Article;
import org.claimline.model.AnnotationSet;

/** Reads an annotation sidecar ({@code X.annotations.json}) for the article it belongs to. */
@FunctionalInterface
public interface SidecarReader {
    AnnotationSet read(Path sidecar, Article article) throws IOException;
}
