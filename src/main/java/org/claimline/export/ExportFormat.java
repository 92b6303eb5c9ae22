package org.claimline.export;

import java.util.Locale;

/** The formats claims can be shared in, with their file extension and a name for file dialogs. */
public enum ExportFormat {
    MD("md", "Markdown note"),
    HTML("html", "HTML report"),
    CSV("csv", "CSV table"),
    JSONLD("jsonld", "W3C Web Annotation (JSON-LD)"),
    QDPX("qdpx", "REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** Whether a corpus in this format is one file (else one file per article in a folder). */
    public boolean corpusIsOneFile() {
        return this == MD || this == CSV || this == QDPX;
    }

    /** The format named by an extension or name ("md", "markdown", "csv"…), or null. */
    public static ExportFormat parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(v) || f == MD && v.equals("markdown") || f == JSONLD && v.equals("json")) {
                return f;
            }
        }
        return null;
    }
}
