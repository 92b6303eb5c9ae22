/**
 * Immutable records of the domain: the cleaned {@link org.claimline.model.Article} and its blocks, claims, taxonomy (issues, actors) and the annotation set. Depends on nothing but the JDK; "with…" methods return copies.
 */
package org.claimline.model;
