package com.parkops.investment.domain;

import com.parkops.investment.Stage;
import java.util.EnumMap;
import java.util.Map;

/** The column holding the date each stage was reached. */
final class StageColumns {

    private static final Map<Stage, String> COLUMNS = new EnumMap<>(Map.of(
            Stage.LEAD, "lead_on",
            Stage.NEGOTIATING, "negotiating_on",
            Stage.SIGNED, "signed_on",
            Stage.REGISTERED, "registered_on",
            Stage.LAND_SUPPLIED, "land_supplied_on",
            Stage.STARTED, "started_on",
            Stage.COMPLETED, "completed_on",
            Stage.IN_PRODUCTION, "production_on",
            Stage.AT_CAPACITY, "capacity_on"));

    private StageColumns() {}

    static String of(Stage stage) {
        return COLUMNS.get(stage);
    }

    /** Every date column, in stage order, for select lists. */
    static String all() {
        StringBuilder columns = new StringBuilder();
        for (Stage stage : Stage.values()) {
            columns.append(columns.isEmpty() ? "" : ", ").append("p.").append(COLUMNS.get(stage));
        }
        return columns.toString();
    }
}
