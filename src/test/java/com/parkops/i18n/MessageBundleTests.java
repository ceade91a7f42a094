package com.parkops.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every Chinese bundle has an English twin with exactly the same keys. */
class MessageBundleTests {

    @Test
    void shouldHaveEnglishBundleForEveryChineseBundle() throws Exception {
        for (Path file : Bundles.files()) {
            Path english = Bundles.FOLDER.resolve(Bundles.baseName(file) + "_en.properties");
            assertThat(Files.exists(english))
                    .as("%s has an English twin %s", file.getFileName(), english.getFileName())
                    .isTrue();
            assertThat(Files.exists(Bundles.FOLDER.resolve(Bundles.baseName(file) + ".properties")))
                    .as("%s has a default (Chinese) bundle", file.getFileName())
                    .isTrue();
        }
    }

    @Test
    void shouldHaveSameKeysInEveryLanguage() throws Exception {
        for (Path file : Bundles.files()) {
            if (Bundles.name(file).equals(Bundles.baseName(file))) {
                continue;
            }
            Path base = Bundles.FOLDER.resolve(Bundles.baseName(file) + ".properties");
            Set<String> defaults = Bundles.keys(base);
            Set<String> translated = Bundles.keys(file);
            assertThat(missing(defaults, translated))
                    .as("keys of %s missing from %s", base.getFileName(), file.getFileName())
                    .isEmpty();
            assertThat(missing(translated, defaults))
                    .as("keys of %s missing from %s", file.getFileName(), base.getFileName())
                    .isEmpty();
        }
    }

    @Test
    void shouldNotDefineAKeyTwiceInOneFile() throws Exception {
        for (Path file : Bundles.files()) {
            assertThat(Bundles.duplicateKeys(file))
                    .as("keys defined twice in %s", file.getFileName())
                    .isEmpty();
        }
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }
}
