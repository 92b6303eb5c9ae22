/**
 * Writers for sharing: Markdown, HTML report, CSV, W3C JSON-LD, REFI-QDA. Pure writers reading the model; no JavaFX.
 */
package org.claimline.export;
