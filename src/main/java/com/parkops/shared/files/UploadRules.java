package com.parkops.shared.files;

import com.parkops.shared.InputError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * The limits uploaded files are checked against: at most {@code maxFiles} per owner, each at most
 * {@code maxSize}, of the allowed content types (a browser's generic type is replaced by the one the
 * file name's extension stands for). Breaking a limit refuses every file of the request.
 */
public final class UploadRules {

    /** The content types accepted when an installation names none. */
    public static final List<String> DEFAULT_CONTENT_TYPES = List.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "text/plain",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "gif", "image/gif",
            "webp", "image/webp",
            "txt", "text/plain",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Turns a problem and its arguments into an error in the module's own words. */
    @FunctionalInterface
    public interface Errors {
        InputError error(UploadProblem problem, Object... args);
    }

    private final int maxFiles;
    private final DataSize maxSize;
    private final Set<String> allowed;

    public UploadRules(int maxFiles, DataSize maxSize, Collection<String> allowedTypes) {
        this.maxFiles = maxFiles;
        this.maxSize = maxSize;
        this.allowed = Set.copyOf(allowedTypes);
    }

    /** Every problem of adding these files to an owner that already has {@code existing}. */
    public List<InputError> check(List<? extends UploadedFile> files, int existing, Errors errors) {
        List<InputError> found = new ArrayList<>();
        if (existing + files.size() > maxFiles) {
            found.add(errors.error(UploadProblem.TOO_MANY_FILES, maxFiles));
        }
        long max = maxSize.toBytes();
        for (UploadedFile file : files) {
            if (file.size() == 0) {
                found.add(errors.error(UploadProblem.EMPTY_FILE, file.fileName()));
            } else if (file.size() > max) {
                found.add(errors.error(UploadProblem.FILE_TOO_LARGE, file.fileName(), maxSize.toMegabytes()));
            }
            if (!allowed.contains(contentType(file))) {
                found.add(errors.error(UploadProblem.FILE_TYPE, file.fileName()));
            }
        }
        return found;
    }

    /**
     * The type to store: the one the browser claimed (without parameters), or when it claimed none
     * or a generic one, the one the file name's extension stands for.
     */
    public static String contentType(UploadedFile file) {
        String declared = file.contentType() == null
                ? ""
                : file.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : BY_EXTENSION.getOrDefault(name.substring(dot + 1), declared);
    }

    /** The file's own name without any folder the browser sent along, at most 200 characters. */
    public static String safeName(String name) {
        String base = name == null || name.isBlank() ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
