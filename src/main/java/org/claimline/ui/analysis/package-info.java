/**
 * The analysis window: claims table, matrix heat map, outlet comparison, timeline and co-occurrence over one
 * folder, all following one filter ({@link org.claimline.ui.analysis.AnalysisViewModel}).
 */
package org.claimline.ui.analysis;
