package org.claimline.cleaning.html;

import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;

/** Hand-written test pages: a title and a body's markup, cleaned as a saved page would be. */
final class HtmlPages {
    private HtmlPages() {
    }

    static Article clean(String title, String body) {
        return new HtmlExtractor().extract("<html><head><title>" + title + "</title></head><body>" + body
                + "</body></html>");
    }
}
