package com.parkops.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the registry pages comes from the bundles, in Chinese and in English. */
class RegistryI18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/registry");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][\\w:-]*)([^>]*)>([^<]*)");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Test
    void shouldHaveTheSameKeysInChineseAndEnglish() throws IOException {
        assertThat(bundle("i18n/registry_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("i18n/registry.properties").stringPropertyNames());
    }

    @Test
    void shouldDefineEveryKeyTheTemplatesUse() throws IOException {
        Set<String> known = new TreeSet<>(bundle("i18n/registry.properties").stringPropertyNames());
        known.addAll(bundle("i18n/messages.properties").stringPropertyNames());
        Set<String> used = new TreeSet<>();
        for (String template : templates()) {
            Matcher key = KEY.matcher(template);
            while (key.find()) {
                used.add(key.group(1).replaceAll("\\.$", ""));
            }
        }
        used.removeIf(key -> key.endsWith(".") || !key.contains("."));
        assertThat(used).isNotEmpty();
        assertThat(known)
                .containsAll(used.stream().filter(key -> !isPrefix(key, known)).toList());
    }

    @Test
    void shouldNameEveryValueOfTheRegistryEnums() throws IOException {
        Set<String> known = bundle("i18n/registry.properties").stringPropertyNames();
        List<String> expected = new ArrayList<>();
        Stream.of(Scale.values()).forEach(v -> expected.add("registry.scale." + v.name()));
        Stream.of(EmergingCategory.values()).forEach(v -> expected.add("registry.emerging." + v.name()));
        Stream.of(QualificationKind.values()).forEach(v -> expected.add("registry.qualification.kind." + v.name()));
        Stream.of(QualificationLevel.values()).forEach(v -> expected.add("registry.qualification.level." + v.name()));
        Stream.of(QualificationStatus.values()).forEach(v -> expected.add("registry.qualification.status." + v.name()));
        Stream.of(LandUse.values()).forEach(v -> expected.add("registry.land.use." + v.name()));
        Stream.of(LandTenure.values()).forEach(v -> expected.add("registry.land.tenure." + v.name()));
        Stream.of(PatentKind.values()).forEach(v -> expected.add("registry.patent.kind." + v.name()));
        Stream.of(ScaleEventKind.values()).forEach(v -> expected.add("registry.scaleEvent." + v.name()));
        Stream.of(ScaleEventKind.values()).forEach(v -> expected.add("registry.audit.scale." + v.name()));
        assertThat(known).containsAll(expected);
    }

    @Test
    void shouldHaveNoHardCodedTextInTheTemplates() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (String template : templates()) {
            Matcher element = ELEMENT.matcher(COMMENT.matcher(template).replaceAll(""));
            while (element.find()) {
                String attributes = element.group(2);
                String text = element.group(3).strip();
                boolean replaced = attributes.contains("th:text")
                        || attributes.contains("th:utext")
                        || attributes.contains("th:errors");
                if (!replaced && text.codePoints().anyMatch(Character::isLetter)) {
                    hardCoded.add("<" + element.group(1) + "> " + text);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static boolean isPrefix(String key, Set<String> known) {
        return known.stream().anyMatch(candidate -> candidate.startsWith(key + "."));
    }

    private static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<String> contents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                contents.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return contents;
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RegistryI18nTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
