/**
 * Full-text search over a workspace with Apache Lucene (embedded): article text, claim quotes, summaries and notes,
 * analysed per language where the cleaner knows it. The index is a cache in the user's cache folder, built in the
 * background, updated from the files' content hashes and kept current by a folder watch. Pure: no toolkit.
 */
package org.claimline.search;
