/**
 * Safe file access shared by every layer that touches the user's files: reads bounded by the bytes actually
 * read (never by a size a FIFO or device reports as 0), writes that replace a file atomically at the target of
 * a link with its permissions kept, and a lock that serialises writers of one file across processes. Pure
 * {@code java.nio}; depends on nothing else of Claimline's.
 */
package org.claimline.files;
