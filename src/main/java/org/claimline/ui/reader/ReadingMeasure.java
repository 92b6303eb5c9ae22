package org.claimline.ui.reader;

/**
 * The reader's type size and line length, shared by the reader and the start-up preview (which must not load
 * the reader's RichTextFX classes before the first frame).
 */
final class ReadingMeasure {
    /** Reading measure in em: about 70 characters of serif text. */
    private static final double MEASURE_EM = 36;
    private static final double BASE_FONT_PX = 16.5;

    private ReadingMeasure() {
    }

    /** The article's font size in px at {@code zoom}. */
    static double fontPx(double zoom) {
        return Math.round(BASE_FONT_PX * zoom * 10) / 10.0;
    }

    /** Left and right padding that keeps lines at the reading measure in an area {@code width} wide. */
    static double sidePadding(double width, double fontPx) {
        return Math.max(28, (width - MEASURE_EM * fontPx) / 2);
    }
}
