package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator names and units in the reader's language, from the catalogue version in force: pages
 * show the English name to English readers and the Chinese name otherwise.
 */
record IndicatorNames(Map<String, String> names, Map<String, String> units, List<IndicatorDefinition> definitions) {

    static IndicatorNames of(List<IndicatorDefinition> definitions, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (IndicatorDefinition definition : definitions) {
            names.put(definition.code(), english ? definition.nameEn() : definition.nameZh());
            units.put(definition.code(), definition.unit());
        }
        return new IndicatorNames(names, units, List.copyOf(definitions));
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public String unit(String code) {
        return units.getOrDefault(code, "");
    }
}
