package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monthly reporting settings ({@code parkops.indicators.reporting.*}).
 *
 * @param dueDay the day of the following month by which a month's report is due (default 10; a
 *     shorter month ends earlier), in the zone's time zone
 * @param basis the basis of the reporting form, {@code ytd} (1–N月累计, as Chinese statistics
 *     report) by default or {@code monthly}
 * @param scope which enterprises must report: {@code accounts} (default: those with an active
 *     enterprise user), {@code above-scale} (规上) or {@code all}
 * @param reminderCron when the reminder job looks for overdue reports (default daily at 09:00;
 *     each overdue report is reminded once, so once a month); {@code -} switches it off
 */
@ConfigurationProperties("parkops.indicators.reporting")
record ReportingProperties(
        @DefaultValue("10") int dueDay,
        @DefaultValue("ytd") String basis,
        @DefaultValue("accounts") String scope,
        @DefaultValue("0 0 9 * * *") String reminderCron) {

    ReportingProperties {
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("parkops.indicators.reporting.due-day must be 1..31: " + dueDay);
        }
        if (Basis.parse(basis).isEmpty()) {
            throw new IllegalArgumentException("parkops.indicators.reporting.basis must be monthly or ytd: " + basis);
        }
        if (!java.util.Set.of("accounts", "above-scale", "all").contains(scope)) {
            throw new IllegalArgumentException(
                    "parkops.indicators.reporting.scope must be accounts, above-scale or all: " + scope);
        }
    }

    Basis defaultBasis() {
        return Basis.parse(basis).orElseThrow();
    }
}
