package com.parkops.indicators.domain;

import com.parkops.indicators.IndicatorDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of an import file: where the credit code and period are, and which indicator each
 * remaining column holds (by code in any case, or by Chinese name). Blank headers are ignored.
 */
record ImportHeader(int creditCodeColumn, int periodColumn, List<Column> columns, int width) {

    /** An indicator column: its position in the file and its definition. */
    record Column(int index, IndicatorDefinition definition) {
        String code() {
            return definition.code();
        }
    }

    private static final Set<String> CREDIT_CODE = Set.of("creditcode", "统一社会信用代码");
    private static final Set<String> PERIOD = Set.of("period", "期间");

    /** Reads the header row; problems go to {@code errors} (row 1), and the result is then null. */
    static ImportHeader parse(List<String> cells, List<IndicatorDefinition> catalogue, Findings errors) {
        int creditCode = -1;
        int period = -1;
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (CREDIT_CODE.contains(key)) {
                ok &= unique(creditCode < 0, name, errors);
                creditCode = i;
            } else if (PERIOD.contains(key)) {
                ok &= unique(period < 0, name, errors);
                period = i;
            } else {
                IndicatorDefinition definition = find(catalogue, name);
                if (definition == null) {
                    errors.add(1, name, "indicators.import.column.unknown", name);
                    ok = false;
                } else if (!seen.add(definition.code())) {
                    errors.add(1, name, "indicators.import.column.duplicate", name);
                    ok = false;
                } else {
                    columns.add(new Column(i, definition));
                }
            }
        }
        if (creditCode < 0) {
            errors.add(1, "creditCode", "indicators.import.column.missing", "creditCode / 统一社会信用代码");
            ok = false;
        }
        if (period < 0) {
            errors.add(1, "period", "indicators.import.column.missing", "period / 期间");
            ok = false;
        }
        if (ok && columns.isEmpty()) {
            errors.add(1, "file", "indicators.import.column.none");
            ok = false;
        }
        return ok ? new ImportHeader(creditCode, period, List.copyOf(columns), cells.size()) : null;
    }

    private static boolean unique(boolean first, String name, Findings errors) {
        if (!first) {
            errors.add(1, name, "indicators.import.column.duplicate", name);
        }
        return first;
    }

    private static IndicatorDefinition find(List<IndicatorDefinition> catalogue, String name) {
        for (IndicatorDefinition definition : catalogue) {
            if (definition.code().equalsIgnoreCase(name) || definition.nameZh().equals(name)) {
                return definition;
            }
        }
        return null;
    }
}
