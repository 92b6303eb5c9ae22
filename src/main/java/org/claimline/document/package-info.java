/**
 * One open article as an application service: {@link org.claimline.document.DocumentController} opens it,
 * saves it (autosave debounce on an injected {@link org.claimline.document.Scheduler}), settles conflicts,
 * imports and exports. No toolkit: the reader's view-model adapts its change events to properties.
 */
package org.claimline.document;
