package com.parkops.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Files from a multipart request; the empty part a browser sends for "no file chosen" is left out. */
public final class Uploads {

    /** Makes the module's own upload type from a part's name, claimed type and bytes. */
    @FunctionalInterface
    public interface FileMaker<T> {
        T file(String fileName, String contentType, byte[] content);
    }

    private Uploads() {}

    /** The files actually chosen, in the order sent; none when there are no parts. */
    public static <T> List<T> of(List<MultipartFile> parts, FileMaker<T> maker) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> part != null
                        && !(part.isEmpty()
                                && (part.getOriginalFilename() == null
                                        || part.getOriginalFilename().isBlank())))
                .map(part -> file(part, maker))
                .toList();
    }

    private static <T> T file(MultipartFile part, FileMaker<T> maker) {
        try {
            return maker.file(part.getOriginalFilename(), part.getContentType(), part.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
