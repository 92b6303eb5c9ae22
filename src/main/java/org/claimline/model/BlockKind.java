package org.claimline.model;

import java.util.Locale;

/** What a block of the article is. Only {@link #inText()} kinds make up the anchorable article text. */
public enum BlockKind {
    HEADING(true),
    PARAGRAPH(true),
    LIST_ITEM(true),
    QUOTE(true),
    CODE(true),
    CAPTION(false),
    AUTHOR_BIO(false);

    private final boolean inText;

    BlockKind(boolean inText) {
        this.inText = inText;
    }

    /** Whether blocks of this kind belong to the article body text that claims anchor to. */
    public boolean inText() {
        return inText;
    }

    /** Stable external name, e.g. {@code list-item}; used in JSON and CSS. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static BlockKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
