package com.parkops.registry.web;

import com.parkops.registry.PatentKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;

/** Patents granted in one year, by type. */
record PatentForm(
        @NotNull(message = "{registry.error.required}")
        @Min(value = 1949, message = "{registry.error.year}")
        @Max(value = 2100, message = "{registry.error.year}")
        Integer year,

        @Min(value = 0, message = "{registry.error.negative}")
        Integer invention,

        @Min(value = 0, message = "{registry.error.negative}")
        Integer utilityModel,

        @Min(value = 0, message = "{registry.error.negative}")
        Integer design) {

    static PatentForm of(int year, PatentRow row) {
        return row == null
                ? new PatentForm(year, 0, 0, 0)
                : new PatentForm(year, row.invention(), row.utilityModel(), row.design());
    }

    Map<PatentKind, Integer> granted() {
        Map<PatentKind, Integer> granted = new EnumMap<>(PatentKind.class);
        granted.put(PatentKind.INVENTION, invention == null ? 0 : invention);
        granted.put(PatentKind.UTILITY_MODEL, utilityModel == null ? 0 : utilityModel);
        granted.put(PatentKind.DESIGN, design == null ? 0 : design);
        return granted;
    }
}
