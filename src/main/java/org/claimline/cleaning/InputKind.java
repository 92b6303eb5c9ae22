package org.claimline.cleaning;

import java.util.Locale;

/** What kind of input a file holds. */
public enum InputKind {
    /** A plain-text dump of a whole web page (menus, lists, footers included). */
    TEXT_DUMP,
    /** A saved HTML page. */
    HTML;

    /** Guesses from the file name and, when the name says nothing, from the first bytes of content. */
    public static InputKind guess(String fileName, String head) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
            return TEXT_DUMP;
        }
        String h = head == null ? "" : head.stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body") || h.contains("<head")) {
            return HTML;
        }
        return TEXT_DUMP;
    }
}
