/**
 * Evaluation of the cleaner against expected texts: the ScrapingHub article-extraction metric (4-word shingles,
 * per-page precision and recall averaged over pages). Pure Java, no I/O.
 */
package org.claimline.cleaning.eval;
