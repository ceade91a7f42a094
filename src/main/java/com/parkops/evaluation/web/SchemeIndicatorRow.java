package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;

/**
 * One indicator row of a pool in the scheme form: the indicator, its weight and its benchmark,
 * either a fixed value ({@link #FIXED}) or k × the pool average ({@link #AVERAGE}).
 */
class SchemeIndicatorRow {

    static final String FIXED = "fixed";
    static final String AVERAGE = "average";

    private String code;
    private BigDecimal weight;
    private String benchmarkKind = FIXED;
    private BigDecimal benchmarkValue;

    static SchemeIndicatorRow of(Scheme.WeightedIndicator indicator) {
        SchemeIndicatorRow row = new SchemeIndicatorRow();
        row.code = indicator.code();
        row.weight = SchemeNumbers.plain(indicator.weight());
        Scheme.Benchmark benchmark = indicator.benchmark();
        if (benchmark != null && benchmark.zoneAverageTimes() != null) {
            row.benchmarkKind = AVERAGE;
            row.benchmarkValue = SchemeNumbers.plain(benchmark.zoneAverageTimes());
        } else if (benchmark != null) {
            row.benchmarkValue = SchemeNumbers.plain(benchmark.fixed());
        }
        return row;
    }

    Scheme.WeightedIndicator toIndicator() {
        Scheme.Benchmark benchmark = null;
        if (benchmarkValue != null) {
            benchmark = AVERAGE.equals(benchmarkKind)
                    ? new Scheme.Benchmark(null, benchmarkValue)
                    : new Scheme.Benchmark(benchmarkValue, null);
        }
        return new Scheme.WeightedIndicator(SchemeNumbers.text(code), weight, benchmark);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public String getBenchmarkKind() {
        return benchmarkKind;
    }

    public void setBenchmarkKind(String benchmarkKind) {
        this.benchmarkKind = benchmarkKind;
    }

    public BigDecimal getBenchmarkValue() {
        return benchmarkValue;
    }

    public void setBenchmarkValue(BigDecimal benchmarkValue) {
        this.benchmarkValue = benchmarkValue;
    }
}
