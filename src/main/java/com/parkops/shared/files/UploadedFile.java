package com.parkops.shared.files;

/**
 * A file as the user sent it: the name and content type the browser claimed and the bytes. A
 * module's own upload type implements this to be checked by {@link UploadRules} and stored by
 * {@link FileTable}.
 */
public interface UploadedFile {

    /** The name the browser sent, possibly with a folder or blank. */
    String fileName();

    /** The type the browser claimed, possibly null or generic. */
    String contentType();

    /** The file's bytes. */
    byte[] content();

    /** The file's size in bytes. */
    int size();
}
