package com.parkops.projects;

import com.parkops.shared.files.UploadedFile;

/** A file sent as a node's evidence; at most 5 per node and 10 MB each, of the allowed types (configurable). */
public record Upload(String fileName, String contentType, byte[] content) implements UploadedFile {

    public Upload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public int size() {
        return content.length;
    }
}
