package com.parkops.projects;

import java.time.Instant;
import java.util.UUID;

/** An evidence file of a node, without its content. */
public record Evidence(
        UUID id,
        UUID nodeId,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
