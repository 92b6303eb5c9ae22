/**
 * Across a corpus: every claim in one table, filters, matrices, outlet comparison, timeline and co-occurrence.
 * Pure aggregation over {@link org.claimline.analysis.CorpusSource}, the port through which articles arrive (a
 * folder of articles with sidecars today, the workspace's library later). No toolkit, no JSON library.
 */
package org.claimline.analysis;
