/**
 * Sidecar persistence: W3C Web Annotation JSON-LD DTOs, the mapping to and from the model, atomic save with backup and external-change detection. The only package that uses Jackson.
 */
package org.claimline.storage;
