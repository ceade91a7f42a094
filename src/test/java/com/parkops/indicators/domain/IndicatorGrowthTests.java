package com.parkops.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.indicators.GrowthStatus;
import com.parkops.indicators.SummaryRow;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorGrowthTests {

    @ParameterizedTest(name = "prior {1}, current {0} -> {2}")
    @CsvSource({
        "120, 100, GROWTH",
        "0, 100, GROWTH",
        "-5, 100, TURN_LOSS",
        "10, -20, TURN_PROFIT",
        "0, -20, TURN_PROFIT",
        "-10, -20, LOSS_NARROWED",
        "-20, -20, LOSS_WIDENED",
        "-30, -20, LOSS_WIDENED",
        "50, 0, NO_BASE",
        "-50, 0, NO_BASE",
        "0, 0, NO_BASE"
    })
    void shouldClassifyComparableFiguresAsTheApiDefines(String current, String prior, GrowthStatus expected) {
        assertThat(Growth.status(new BigDecimal(current), new BigDecimal(prior)))
                .isEqualTo(expected);
    }

    @Test
    void shouldGiveAPercentageOnlyForGrowth() {
        assertThat(Growth.yoyPercent(new BigDecimal("-1"), new BigDecimal("5"))).isNull();
        assertThat(Growth.yoyPercent(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(Growth.yoyPercent(BigDecimal.ZERO, new BigDecimal("5"))).isEqualByComparingTo("-100.00");
    }

    @Test
    void shouldRoundPercentagesHalfUpToTwoDecimalsFromUnroundedFigures() {
        // 1.00125 - 1 = 0.125 % exactly: half-up gives 0.13, half-even would give 0.12
        assertThat(Growth.percent(new BigDecimal("100.125"), new BigDecimal("100")))
                .isEqualByComparingTo("0.13");
        // a third: 33.333… % → 33.33
        assertThat(Growth.percent(new BigDecimal("4"), new BigDecimal("3"))).isEqualByComparingTo("33.33");
        // negative half: −0.125 % → −0.13 (half-up rounds away from zero)
        assertThat(Growth.percent(new BigDecimal("99.875"), new BigDecimal("100")))
                .isEqualByComparingTo("-0.13");
        assertThat(Growth.percent(new BigDecimal("4"), new BigDecimal("3")).scale())
                .isEqualTo(2);
    }

    @Test
    void shouldRoundAmountsHalfUpToTwoDecimalsInSummaryRows() {
        SummaryRow row = JdbcIndicatorAnalysis.row(
                "zone",
                "output",
                new BigDecimal("10.005"),
                new BigDecimal("2.004999"),
                new BigDecimal("-1.005"),
                new BigDecimal("3"));
        assertThat(row.current()).isEqualByComparingTo("10.01");
        assertThat(row.current().scale()).isEqualTo(2);
        assertThat(row.prior()).isEqualByComparingTo("2.00");
        assertThat(row.currentComparable()).isEqualByComparingTo("-1.01");
        assertThat(row.priorComparable()).hasToString("3.00");
        assertThat(row.status()).isEqualTo(GrowthStatus.TURN_LOSS);
        assertThat(row.yoyPercent()).isNull();
    }

    @Test
    void shouldComputeRatiosOnlyWithADenominator() {
        assertThat(Growth.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Growth.ratio(null, BigDecimal.ONE)).isNull();
        assertThat(Growth.ratio(BigDecimal.ONE, new BigDecimal("3"))).isEqualByComparingTo("0.333333333333");
    }
}
