package com.parkops.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates take every word a user reads from the bundles. */
class HardCodedTextTests {

    @Test
    void shouldHaveNoHardCodedTextInAnyTemplate() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path template : Templates.all()) {
            for (var finding : HardCodedText.in(Files.readString(template, StandardCharsets.UTF_8))) {
                problems.add("%s:%d %s: \"%s\""
                        .formatted(Templates.name(template), finding.line(), finding.where(), finding.text()));
            }
        }
        assertThat(problems)
                .as("hard-coded text in templates; move it to the i18n bundles and use #{…}")
                .isEmpty();
    }

    @Test
    void shouldFlagTextNodesAndLabelledAttributes() throws Exception {
        var findings = HardCodedText.in("""
                <div><p>保存</p><span title="Close">x</span><input placeholder="搜索"><img alt="logo"></div>
                """);

        assertThat(findings)
                .extracting(HardCodedText.Finding::text)
                .containsExactlyInAnyOrder("保存", "Close", "x", "搜索", "logo");
    }

    @Test
    void shouldAllowTextThymeleafReplacesAndTheLanguageNames() throws Exception {
        var findings = HardCodedText.in("""
                <header><a href="?lang=zh">中文</a> · <a href="?lang=en">English</a></header>
                <h1 th:text="#{title}">Default <b>text</b></h1>
                <div th:replace="~{x :: y}"><p>Prototype only</p></div>
                <span title="Old" th:title="#{new}">[[${name}]]</span>
                <input type="text" aria-label="x" th:attr="aria-label=#{label}">
                <script>var hint = 'not text';</script>
                <p>&nbsp;&copy; 2024 | 42 %</p>
                """);

        assertThat(findings).isEmpty();
    }
}
