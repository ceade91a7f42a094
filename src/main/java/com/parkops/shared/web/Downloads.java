package com.parkops.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded file served back: always as an {@code attachment} with its name (UTF-8 encoded for
 * Chinese names) and stored type, and never sniffed, so an uploaded page or script is never shown
 * by the browser as if it came from ParkOps.
 */
public final class Downloads {

    private Downloads() {}

    /** The file as a download. */
    public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
        return attachment(fileName, contentType).body(content);
    }

    /** The download's headers, for a caller that adds more before the body. */
    public static ResponseEntity.BodyBuilder attachment(String fileName, String contentType) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
    }
}
