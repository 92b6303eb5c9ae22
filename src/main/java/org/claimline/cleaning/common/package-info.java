/**
 * Helpers the cleaner's top level, its text-dump steps and its HTML steps share: the whitespace normaliser,
 * language guessing, stopword lists, byline and date patterns. A leaf: it depends on no other part of
 * {@code org.claimline.cleaning}, so the cleaning packages form no cycle.
 */
package org.claimline.cleaning.common;
