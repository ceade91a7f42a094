package com.parkops.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.registry.QualificationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The scheme form's fixed choices keep up with what they mirror: the registry's qualification
 * kinds (listed here because the evaluation may not depend on the registry) and the indicators'
 * units.
 */
class SchemeChoicesTests {

    @Test
    void shouldOfferEveryQualificationKindOfTheRegistryWithALabel() throws IOException {
        Properties chinese = bundle("evaluation-schemes.properties");

        assertThat(SchemeChoices.ALL.qualifications())
                .containsExactlyElementsOf(Arrays.stream(QualificationKind.values())
                        .map(QualificationKind::name)
                        .toList());
        for (QualificationKind kind : QualificationKind.values()) {
            assertThat(chinese.getProperty("schemes.qualification." + kind.name()))
                    .as(kind.name())
                    .isNotBlank();
        }
    }

    @Test
    void shouldShowEachIndicatorWithTheUnitItIsMeasuredIn() throws IOException {
        Properties chinese = bundle("evaluation-schemes.properties");

        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            assertThat(chinese.getProperty("schemes.unit." + indicator.code()))
                    .as(indicator.code())
                    .isEqualTo(indicator.unit());
        }
        assertThat(SchemeChoices.ALL.indicators())
                .containsExactly(Arrays.stream(EvaluationIndicator.values())
                        .map(EvaluationIndicator::code)
                        .toArray(String[]::new));
    }

    @Test
    void shouldPutTheRulesProblemsNextToTheFormFields() {
        assertThat(SchemeFormErrors.formPath("pools[0].indicators[1].weight"))
                .isEqualTo("pools[0].indicators[1].weight");
        assertThat(SchemeFormErrors.formPath("pools[0].indicators[1].benchmark"))
                .isEqualTo("pools[0].indicators[1].benchmarkValue");
        assertThat(SchemeFormErrors.formPath("pools[2].indicators[0].benchmark.zoneAverageTimes"))
                .isEqualTo("pools[2].indicators[0].benchmarkValue");
        assertThat(SchemeFormErrors.formPath("pools[1].grades.C")).isEqualTo("pools[1].gradeC");
        assertThat(SchemeFormErrors.formPath("pools[1].grades")).isEqualTo("pools[1].grades");
        assertThat(SchemeFormErrors.formPath("exemptions.registeredYears")).isEqualTo("registeredYears");
        assertThat(SchemeFormErrors.anchor("pools[1].indicators[0].code")).isEqualTo("pools1.indicators0.code");
    }

    @Test
    void shouldAddAndRemoveRowsByTheButtonPressed() {
        SchemeForm form = SchemeForm.blank(2025);

        assertThat(SchemeFormEdits.apply(form, "addIndicator:0")).isTrue();
        assertThat(SchemeFormEdits.apply(form, "addPool")).isTrue();
        assertThat(SchemeFormEdits.apply(form, "addPenalty:1")).isTrue();
        assertThat(SchemeFormEdits.apply(form, "removeIndicator:0:0")).isTrue();
        assertThat(SchemeFormEdits.apply(form, "removeIndicator:7:0")).isTrue();
        assertThat(SchemeFormEdits.apply(form, SchemeFormEdits.SAVE)).isFalse();
        assertThat(SchemeFormEdits.apply(form, "dropTable")).isFalse();

        assertThat(form.getPools()).hasSize(2);
        assertThat(form.getPools().get(0).getIndicators()).hasSize(1);
        assertThat(form.getPools().get(1).getPenaltyItems()).hasSize(1);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SchemeChoicesTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
