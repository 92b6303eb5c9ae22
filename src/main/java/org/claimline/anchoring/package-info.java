/**
 * W3C text selectors and the re-anchoring of claims when the cleaned text changes: a pipeline of shortcuts,
 * candidate generators, evidence scorers, a candidate filter, named decision rules (each accepting or vetoing
 * with a reason, recorded in the {@link org.claimline.anchoring.Placement}) and a collision resolver. Pure:
 * depends on model only.
 */
package org.claimline.anchoring;
