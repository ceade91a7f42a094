package com.parkops.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IndicatorCatalogueTests {

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    TestZones testZones;

    @Autowired
    AuditLog audit;

    @Test
    void shouldApplyAZonesAmendedDefinitionFromItsMonthOnOnlyInThatZone() {
        var zone = testZones.create();
        var other = testZones.create();
        var amended = new IndicatorDefinition(
                "tax",
                "实缴税金",
                "Taxes paid",
                "万元",
                IndicatorKind.FLOW,
                false,
                "仅含增值税、企业所得税，扣除留抵退税",
                YearMonth.of(2022, 1));

        catalogue.define(zone.id(), zone.admin(), amended);

        assertThat(text(zone, YearMonth.of(2021, 12))).startsWith("报告期内企业实际缴纳");
        assertThat(text(zone, YearMonth.of(2022, 1))).isEqualTo("仅含增值税、企业所得税，扣除留抵退税");
        assertThat(text(other, YearMonth.of(2022, 1))).startsWith("报告期内企业实际缴纳");
        assertThat(catalogue.versions(zone.id(), "tax"))
                .extracting(IndicatorDefinition::effectiveFrom)
                .containsExactly(YearMonth.of(2000, 1), YearMonth.of(2022, 1));
        var history = audit.history(zone.id(), "indicator-definition", "tax@2022-01");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).changes()).containsOnlyKeys("definition");
    }

    @Test
    void shouldAcceptANewIndicatorAndResolveItByChineseName() {
        var zone = testZones.create();
        catalogue.define(
                zone.id(),
                zone.admin(),
                new IndicatorDefinition(
                        "exports",
                        "出口交货值",
                        "Export delivery value",
                        "万元",
                        IndicatorKind.FLOW,
                        false,
                        "",
                        YearMonth.of(2020, 1)));
        assertThat(catalogue.resolve(zone.id(), "出口交货值"))
                .map(IndicatorDefinition::code)
                .contains("exports");
        assertThat(catalogue
                        .current(zone.id())
                        .get(catalogue.current(zone.id()).size() - 1)
                        .code())
                .isEqualTo("exports");
        assertThatThrownBy(() -> catalogue.define(
                        zone.id(),
                        zone.admin(),
                        new IndicatorDefinition(
                                "bad code", "x", "x", "x", IndicatorKind.FLOW, false, "", YearMonth.of(2020, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String text(TestZones.TestZone zone, YearMonth month) {
        return catalogue.asOf(zone.id(), month).stream()
                .filter(d -> d.code().equals("tax"))
                .findFirst()
                .orElseThrow()
                .definition();
    }
}
