/**
 * Measuring the cleaner: {@link org.claimline.cleaning.eval.ShingleScore} reproduces the ScrapingHub
 * benchmark metric of shared/tools/score.py, {@link org.claimline.cleaning.eval.CorpusEvaluator} scores a
 * corpus of page folders, {@link org.claimline.cleaning.eval.CleaningBenchmark} times it. Pure: no UI, no Jackson.
 */
package org.claimline.cleaning.eval;
