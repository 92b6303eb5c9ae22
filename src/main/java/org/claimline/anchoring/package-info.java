/**
 * W3C text selectors and the re-anchoring of claims when the cleaned text changes (exact, disambiguated, then approximate with a score floor and margin). Pure: depends on model only.
 */
package org.claimline.anchoring;
