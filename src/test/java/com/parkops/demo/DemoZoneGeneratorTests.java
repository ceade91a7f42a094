package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.Scale;
import com.parkops.shared.CreditCode;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class DemoZoneGeneratorTests {

    @Test
    void shouldGenerateTheSameZoneFromTheSameSeed() {
        var first = new DemoZoneGenerator(DemoZoneGenerator.SEED).generate();
        var second = new DemoZoneGenerator(DemoZoneGenerator.SEED).generate();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldGenerateAboutThreeHundredEnterprisesWithValidUniqueCodes() {
        var zone = new DemoZoneGenerator(DemoZoneGenerator.SEED).generate();
        assertThat(zone.enterprises()).hasSize(DemoZoneGenerator.ENTERPRISES);
        var codes = new HashSet<String>();
        var names = new HashSet<String>();
        for (var enterprise : zone.enterprises()) {
            assertThat(CreditCode.problem(enterprise.data().creditCode())).isEmpty();
            assertThat(codes.add(enterprise.data().creditCode())).isTrue();
            assertThat(names.add(enterprise.data().name())).isTrue();
            assertThat(zone.chains()).contains(enterprise.data().chain());
        }
        assertThat(zone.chains()).hasSize(5).contains(zone.leadingChain());
        long above = zone.enterprises().stream()
                .filter(e -> e.data().scale() == Scale.ABOVE)
                .count();
        assertThat(above).isBetween(90L, 180L);
        assertThat(zone.enterprises()).anyMatch(e -> !e.qualifications().isEmpty());
        assertThat(zone.enterprises()).anyMatch(e -> e.parcels().isEmpty());
    }
}
