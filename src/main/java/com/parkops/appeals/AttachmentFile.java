package com.parkops.appeals;

/** An attached file and its bytes. */
public record AttachmentFile(AttachmentInfo info, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
