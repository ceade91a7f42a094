package com.parkops.indicators.web;

import com.parkops.indicators.DefinitionChange;
import com.parkops.indicators.IndicatorDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;

/** A new version of an indicator's definition as the catalogue form posts it. */
record DefinitionForm(
        @NotBlank(message = "{monitoring.catalogue.error.required}")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{monitoring.catalogue.error.period}")
        String effectiveFrom,

        @NotBlank(message = "{monitoring.catalogue.error.required}")
        String nameZh,

        @NotBlank(message = "{monitoring.catalogue.error.required}")
        String nameEn,

        @NotBlank(message = "{monitoring.catalogue.error.required}")
        String unit,

        @NotBlank(message = "{monitoring.catalogue.error.required}")
        String definition) {

    /** The current version's texts, effective from next month, as a starting point. */
    static DefinitionForm from(IndicatorDefinition current, YearMonth next) {
        return new DefinitionForm(
                next.toString(), current.nameZh(), current.nameEn(), current.unit(), current.definition());
    }

    DefinitionChange toChange(String code) {
        return new DefinitionChange(code, YearMonth.parse(effectiveFrom), nameZh, nameEn, unit, definition);
    }
}
