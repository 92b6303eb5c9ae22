/**
 * Sidecar persistence: the W3C Web Annotation JSON-LD format (DTOs in {@code dto}, mapped by SidecarCodec with
 * code-point offsets), SidecarStore (guarded loading, atomic save with .bak; an external change is settled through the
 * ExternalChange port, with the lock held), the lenient W3cImport reader and the JsonLdWriter export. Format and
 * file I/O only: the only package that uses Jackson; of ours it depends on model and files alone (merging and
 * re-anchoring belong to the repository package). Format: SIDECAR-FORMAT.md in the resources.
 */
package org.claimline.storage;
