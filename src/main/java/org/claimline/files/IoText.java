package org.claimline.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words why a file operation failed. The JDK's messages are often just the path (so "a.txt: a.txt"
 * when a caller adds the path again) or an exception's class name; neither reaches a user.
 */
public final class IoText {
    private IoText() {
    }

    /** The reason alone, without the path: "no such file", "permission denied", "not a folder"… */
    public static String describe(IOException e) {
        if (e instanceof BoundedRead.RefusedException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "the links lead round in a circle";
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason().trim();
            }
            return "the file system refused it";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : m;
    }

    /** "PATH: reason", naming the file once. */
    public static String withPath(IOException e) {
        if (e instanceof BoundedRead.RefusedException) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getOtherFile() != null ? " → " + f.getOtherFile() : "") + ": " + describe(e);
        }
        return describe(e);
    }
}
