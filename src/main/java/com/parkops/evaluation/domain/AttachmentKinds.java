package com.parkops.evaluation.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of evidence an objection may carry, by file extension. The stored content type comes
 * from this list, not from what the browser claims, and files are always served as downloads.
 */
final class AttachmentKinds {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("zip", "application/zip"));

    private static final int MAX_NAME = 200;

    private AttachmentKinds() {}

    /** The content type to store for a file of this name; empty when the kind is not accepted. */
    static Optional<String> contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The file's own name without any folder a browser sent along, without control characters. */
    static String cleanName(String name) {
        String plain = name == null ? "" : name;
        int slash = Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\'));
        plain = plain.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (plain.length() > MAX_NAME) {
            int dot = plain.lastIndexOf('.');
            String extension = dot >= 0 && plain.length() - dot <= 10 ? plain.substring(dot) : "";
            plain = plain.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return plain;
    }
}
