package org.claimline.app;

import java.io.IOException;
import org.claimline.export.ExportDocument;

/** Writes one article's claims as a W3C Web Annotation collection; storage implements it, AppContext wires it. */
@FunctionalInterface
public interface JsonLdExport {
    String write(ExportDocument doc) throws IOException;
}
