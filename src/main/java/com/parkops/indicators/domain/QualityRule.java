package com.parkops.indicators.domain;

import java.util.List;
import java.util.UUID;

/**
 * One data-quality rule. Rules read the candidates of the running import or check from the
 * transaction's temporary tables — {@code ind_stage}: the rows as staged; {@code ind_new}: one row
 * per reported figure ({@code row_no, enterprise_id, period, indicator, reported}); {@code
 * ind_facts}: the same figures with their derived {@code month_value} and {@code ytd_value};
 * {@code ind_prior}: the stored ytd of the same month a year earlier ({@code period} = the
 * candidate's month) — and the stored figures, which already include the candidates. Each returns
 * at most {@code limit} findings, first rows first, and how many there are in all.
 */
interface QualityRule {

    /** What the rule sees of the running batch. */
    record Context(UUID zoneId, List<ImportHeader.Column> columns, int limit) {}

    /** Findings of a rule: the first ones and the total count. */
    record Found(List<Finding> listed, long total) {
        static final Found NONE = new Found(List.of(), 0);
    }

    Found apply(Context context);
}
