package com.parkops.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's land-quota figures (“解决 15 个项目 2000 余亩用地指标”): the projects with at least one
 * allocation dated in the year and the mu allocated in it (2 decimals), with the same two figures
 * per calendar month (12 entries, January first). A project with allocations in several months
 * counts once in the year and once in each of those months.
 */
public record LandSummary(int year, int projects, BigDecimal mu, List<Month> months) {

    public LandSummary {
        months = List.copyOf(months);
    }

    /** One month of the year: {@code month} 1–12. */
    public record Month(int month, int projects, BigDecimal mu) {}
}
