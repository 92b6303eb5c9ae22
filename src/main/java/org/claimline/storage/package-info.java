/**
 * Sidecar persistence: the W3C Web Annotation JSON-LD format (DTOs in {@code dto}, mapped by SidecarCodec with
 * code-point offsets), SidecarStore (guarded loading, atomic save with .bak, external-change merge), the
 * lenient W3cImport reader and the JsonLdWriter export. The only package that uses Jackson; depends on
 * model, session (the merge) and the cleaner's version. Format: SIDECAR-FORMAT.md in the resources.
 */
package org.claimline.storage;
