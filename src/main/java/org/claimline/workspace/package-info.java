/**
 * A folder of articles as one project: finding the articles, their library rows (metadata, claims, status) and
 * the metadata cache that makes a second opening fast, the shared codebook's edits and their propagation to every
 * sidecar, and fetching articles from a link. Pure: no toolkit, no Jackson (files in JSON go through ports that
 * {@code storage} implements).
 */
package org.claimline.workspace;
