package com.parkops.indicators.domain;

import java.util.List;
import java.util.UUID;

/**
 * One data-quality rule. Rules read the candidates of the running import or check from the
 * transaction's temporary tables ({@code ind_stage}: the rows; {@code ind_new}: one row per
 * figure with {@code row_no, enterprise_id, period, indicator, reported}) and the stored figures,
 * which already include the candidates. Each returns at most {@code limit} findings, first rows
 * first, and how many there are in all.
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
