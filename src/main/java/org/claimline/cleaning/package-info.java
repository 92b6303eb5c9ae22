/**
 * Turns input bytes (text dumps, saved HTML, plain articles) into an {@link org.claimline.model.Article}: charset detection, a chain of small named steps for text dumps, a jsoup extractor for HTML, metadata recognition. Depends on model, jsoup and juniversalchardet, and reads Lucene's stopword lists (copied in at build time); never on JavaFX or Jackson.
 */
package org.claimline.cleaning;
