package com.parkops.registry.web;

import com.parkops.registry.PatentCount;
import com.parkops.registry.PatentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One year of patents by type, with the running total granted up to that year (专利累计授权量). */
record PatentRow(int year, int invention, int utilityModel, int design, int cumulative) {

    public int total() {
        return invention + utilityModel + design;
    }

    /** Rows newest year first. */
    static List<PatentRow> of(List<PatentCount> counts) {
        Map<Integer, int[]> byYear = new TreeMap<>();
        for (PatentCount count : counts) {
            byYear.computeIfAbsent(count.year(), year -> new int[3])[
                    count.kind().ordinal()] += count.granted();
        }
        List<PatentRow> rows = new ArrayList<>();
        int cumulative = 0;
        for (var year : byYear.entrySet()) {
            int[] n = year.getValue();
            cumulative += n[0] + n[1] + n[2];
            rows.add(
                    0,
                    new PatentRow(
                            year.getKey(),
                            n[PatentKind.INVENTION.ordinal()],
                            n[PatentKind.UTILITY_MODEL.ordinal()],
                            n[PatentKind.DESIGN.ordinal()],
                            cumulative));
        }
        return rows;
    }
}
