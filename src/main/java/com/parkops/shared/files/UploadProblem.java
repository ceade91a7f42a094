package com.parkops.shared.files;

/**
 * What can be wrong with uploaded files; {@link #key()} is the last part of the message key each
 * module keeps for it (e.g. {@code appeals.error.fileTooLarge}).
 */
public enum UploadProblem {
    /** More files than allowed per owner; argument: the limit. */
    TOO_MANY_FILES("tooManyFiles"),
    /** An empty file; argument: its name. */
    EMPTY_FILE("emptyFile"),
    /** A file over the size limit; arguments: its name, the limit in MB. */
    FILE_TOO_LARGE("fileTooLarge"),
    /** A file of a type not accepted; argument: its name. */
    FILE_TYPE("fileType");

    private final String key;

    UploadProblem(String key) {
        this.key = key;
    }

    /** The message key's last part. */
    public String key() {
        return key;
    }
}
