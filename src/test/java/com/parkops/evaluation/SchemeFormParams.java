package com.parkops.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The parameters a browser sends when the scheme form shows the given scheme, unchanged. */
final class SchemeFormParams {

    private SchemeFormParams() {}

    static MultiValueMap<String, String> of(Scheme scheme, int year, String name, String from, Integer version) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("year", String.valueOf(year));
        params.add("name", name);
        params.add("from", from == null ? "" : from);
        params.add("version", version == null ? "" : version.toString());
        for (int p = 0; p < scheme.pools().size(); p++) {
            Scheme.Pool pool = scheme.pools().get(p);
            String at = "pools[" + p + "].";
            params.add(at + "name", pool.name());
            params.add(at + "scale", pool.scale());
            params.add(at + "minMu", plain(pool.minMu()));
            params.add(at + "method", pool.method());
            params.add(at + "capMultiple", plain(pool.capMultiple()));
            params.add(at + "zeroDenominator", pool.zeroDenominator());
            for (int i = 0; i < pool.indicators().size(); i++) {
                Scheme.WeightedIndicator indicator = pool.indicators().get(i);
                String row = at + "indicators[" + i + "].";
                params.add(row + "code", indicator.code());
                params.add(row + "weight", plain(indicator.weight()));
                Scheme.Benchmark benchmark = indicator.benchmark();
                boolean average = benchmark != null && benchmark.zoneAverageTimes() != null;
                params.add(row + "benchmarkKind", average ? "average" : "fixed");
                params.add(
                        row + "benchmarkValue",
                        benchmark == null ? "" : plain(average ? benchmark.zoneAverageTimes() : benchmark.fixed()));
            }
            for (String grade : List.of("A", "B", "C", "D")) {
                params.add(at + "grade" + grade, plain(pool.grades().get(grade)));
            }
            items(params, at + "bonusItems", pool.bonusItems());
            items(params, at + "penaltyItems", pool.penaltyItems());
        }
        if (scheme.vetoItems() != null) {
            for (int v = 0; v < scheme.vetoItems().size(); v++) {
                params.add(
                        "vetoItems[" + v + "].code", scheme.vetoItems().get(v).code());
                params.add(
                        "vetoItems[" + v + "].name", scheme.vetoItems().get(v).name());
            }
        }
        params.add("_utilities", "on");
        if (scheme.exemptions() != null) {
            if (Boolean.TRUE.equals(scheme.exemptions().utilities())) {
                params.add("utilities", "true");
            }
            if (scheme.exemptions().registeredYears() != null) {
                params.add(
                        "registeredYears", scheme.exemptions().registeredYears().toString());
            }
        }
        return params;
    }

    private static void items(MultiValueMap<String, String> params, String at, List<Scheme.Item> items) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Scheme.Item item = items.get(i);
            params.add(at + "[" + i + "].code", item.code());
            params.add(at + "[" + i + "].name", item.name());
            params.add(at + "[" + i + "].points", plain(item.points()));
            params.add(at + "[" + i + "].qualification", item.qualification() == null ? "" : item.qualification());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
