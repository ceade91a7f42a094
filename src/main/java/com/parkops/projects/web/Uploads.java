package com.parkops.projects.web;

import com.parkops.projects.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Files from a multipart request; the empty part a browser sends for "no file chosen" is left out. */
final class Uploads {

    private Uploads() {}

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> file != null
                        && !(file.isEmpty()
                                && (file.getOriginalFilename() == null
                                        || file.getOriginalFilename().isBlank())))
                .map(Uploads::upload)
                .toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
