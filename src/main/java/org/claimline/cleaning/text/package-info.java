/**
 * The text-dump cleaner as a chain of small named steps ({@link org.claimline.cleaning.text.TextDumpStep}) over
 * the lines of a dump ({@link org.claimline.cleaning.text.TextLine}): segmentation, line shapes, repetition,
 * jusText-style classification with context smoothing, main-region selection, metadata, block kinds. Pure Java
 * plus the shared pieces of {@code org.claimline.cleaning.common}; no toolkit, no Jackson.
 */
package org.claimline.cleaning.text;
