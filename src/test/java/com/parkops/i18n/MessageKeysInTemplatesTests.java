package com.parkops.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists in the bundles. */
class MessageKeysInTemplatesTests {

    @Test
    void shouldFindEveryTemplateMessageKeyInTheBundles() throws Exception {
        Set<String> keys = Bundles.defaultKeys();
        List<String> problems = new ArrayList<>();
        for (Path template : Templates.all()) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            for (var use : MessageExpressions.in(text)) {
                boolean known = use.prefixOnly()
                        ? keys.stream().anyMatch(key -> key.startsWith(use.key()))
                        : keys.contains(use.key());
                if (!known) {
                    problems.add("%s:%d %s%s"
                            .formatted(Templates.name(template), use.line(), use.key(), use.prefixOnly() ? "…" : ""));
                }
            }
        }
        assertThat(problems)
                .as("message keys used in templates but missing from the bundles")
                .isEmpty();
    }

    @Test
    void shouldReadKeysWithArgumentsAndComputedKeys() {
        var uses = MessageExpressions.in("""
                <p th:text="#{page.position(${page.number + 1}, ${page.totalPages})}">x</p>
                <p th:text="#{'role.' + ${user.role}}">y</p>
                <p th:text="#{__${dynamic}__}">z</p>
                <p th:text="${a} ? #{common.yes} : #{'common.no'}">w</p>
                """);

        assertThat(uses)
                .extracting(MessageExpressions.Use::key, MessageExpressions.Use::prefixOnly)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page.position", false),
                        org.assertj.core.groups.Tuple.tuple("role.", true),
                        org.assertj.core.groups.Tuple.tuple("common.yes", false),
                        org.assertj.core.groups.Tuple.tuple("common.no", false));
    }
}
