package org.claimline.ui.common;

/**
 * Quote marks around a quoted passage. A passage that starts or ends with a double quote mark of its own (it quotes
 * someone) is set in single marks, as nested quotations are, so two double marks never stand side by side.
 */
public final class QuoteMarks {
    private static final String DOUBLE = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private QuoteMarks() {
    }

    public static String around(String passage) {
        if (passage.isEmpty()) {
            return "";
        }
        String end = passage.endsWith("\u2026") ? passage.substring(0, passage.length() - 1) : passage;
        boolean quotes = DOUBLE.indexOf(passage.charAt(0)) >= 0
                || !end.isEmpty() && DOUBLE.indexOf(end.charAt(end.length() - 1)) >= 0;
        return quotes ? "\u2018" + passage + "\u2019" : "\u201C" + passage + "\u201D";
    }
}
