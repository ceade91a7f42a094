package com.parkops.appeals;

import com.parkops.shared.files.UploadedFile;

/** A file sent with an appeal; at most 5 per appeal and 10 MB each, of the allowed content types. */
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
