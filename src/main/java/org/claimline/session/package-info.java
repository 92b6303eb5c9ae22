/**
 * The reader session: the article, its annotation set, one undo/redo history for claim and taxonomy edits, and the saved version (dirty = current differs from saved). Pure: depends on model and anchoring.
 */
package org.claimline.session;
