/**
 * Turns input bytes (text dumps, saved HTML, plain articles) into an {@link org.claimline.model.Article}: charset detection, a chain of small named steps for text dumps, a jsoup extractor for HTML, metadata recognition. Depends on model, jsoup, Lucene's stopword sets and juniversalchardet; never on JavaFX or Jackson.
 */
package org.claimline.cleaning;
