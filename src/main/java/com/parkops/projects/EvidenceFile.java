package com.parkops.projects;

/** An evidence file with its content, for download. */
public record EvidenceFile(Evidence info, byte[] content) {

    public EvidenceFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
