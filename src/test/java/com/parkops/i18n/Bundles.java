package com.parkops.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The message bundles under {@code src/main/resources/i18n}, read as UTF-8 like Spring reads them. */
final class Bundles {

    static final Path FOLDER = Path.of("src/main/resources/i18n");

    private Bundles() {}

    /** Every bundle file, sorted by name. */
    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    /** The file's name without {@code .properties}, e.g. {@code zone_en}. */
    static String name(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".properties".length());
    }

    /** The default (Chinese) bundle a file belongs to: {@code zone} for {@code zone_en}. */
    static String baseName(Path file) {
        String name = name(file);
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** Keys of the default bundles, i.e. every key a template may use. */
    static Set<String> defaultKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : files()) {
            if (name(file).equals(baseName(file))) {
                keys.addAll(keys(file));
            }
        }
        return keys;
    }

    /** Keys written twice in one file (the later one silently wins). */
    static List<String> duplicateKeys(Path file) throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int separator = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || separator < 0) {
                continue;
            }
            String key = trimmed.substring(0, separator).strip();
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        return duplicates;
    }
}
