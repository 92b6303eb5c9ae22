package org.claimline.ui.analysis;

import java.nio.file.Path;

/** Makes the analysis of a folder (implemented in {@code app} over the folder's articles and sidecars). */
@FunctionalInterface
public interface AnalysisFactory {
    AnalysisViewModel create(Path folder, AnalysisViewModel.ClaimOpener opener);
}
