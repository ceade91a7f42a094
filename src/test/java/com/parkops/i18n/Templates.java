package com.parkops.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Thymeleaf templates under {@code src/main/resources/templates}. */
final class Templates {

    static final Path FOLDER = Path.of("src/main/resources/templates");

    private Templates() {}

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    static String name(Path template) {
        return FOLDER.relativize(template).toString();
    }
}
