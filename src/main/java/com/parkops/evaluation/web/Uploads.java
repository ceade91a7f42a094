package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationObjections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Objection files in and out: uploads as the domain takes them, downloads as attachments. */
final class Uploads {

    private Uploads() {}

    /** The files actually chosen (a form without a file sends one empty, nameless part). */
    static List<EvaluationObjections.NewFile> files(List<MultipartFile> parts) {
        List<EvaluationObjections.NewFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (MultipartFile part : parts) {
            String name = part.getOriginalFilename();
            if (part.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            try {
                files.add(new EvaluationObjections.NewFile(name, part.getContentType(), part.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * The file as a download: always {@code attachment} and never sniffed, so an uploaded page
     * or script is never shown by the browser as if it came from ParkOps.
     */
    static ResponseEntity<byte[]> download(EvaluationObjections.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
