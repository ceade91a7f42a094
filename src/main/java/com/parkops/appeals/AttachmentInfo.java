package com.parkops.appeals;

import java.time.Instant;
import java.util.UUID;

/** An attached file as listed; its bytes come separately. */
public record AttachmentInfo(
        UUID id, String fileName, String contentType, int sizeBytes, String uploadedBy, Instant uploadedAt) {}
