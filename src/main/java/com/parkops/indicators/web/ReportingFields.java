package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The catalogue's indicators as the reporting pages label them, in the reader's language. */
@Component
class ReportingFields {

    /** An indicator with its label and unit in the reader's language. */
    record Field(String code, String label, String unit, boolean negativeAllowed) {}

    /** The catalogue's units (Chinese) and the message keys of their translations. */
    private static final Map<String, String> UNITS = Map.of(
            "万元", "reporting.unit.tenThousandYuan",
            "吨标准煤", "reporting.unit.tce",
            "万千瓦时", "reporting.unit.tenThousandKwh",
            "人", "reporting.unit.persons",
            "吨", "reporting.unit.tonnes");

    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;

    ReportingFields(IndicatorCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The indicators in force in the month, in catalogue order. */
    List<Field> of(UUID zoneId, YearMonth period, Locale locale) {
        return catalogue.asOf(zoneId, period).stream()
                .map(definition -> field(definition, locale))
                .toList();
    }

    /** Indicator code → label in force in the month, to name figures in histories. */
    Map<String, String> labels(UUID zoneId, YearMonth period, Locale locale) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        of(zoneId, period, locale).forEach(field -> labels.put(field.code(), field.label()));
        return labels;
    }

    private Field field(IndicatorDefinition definition, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String label = english && definition.nameEn() != null ? definition.nameEn() : definition.nameZh();
        String unitKey = UNITS.get(definition.unit());
        String unit =
                unitKey == null ? definition.unit() : messages.getMessage(unitKey, null, definition.unit(), locale);
        return new Field(definition.code(), label, unit, definition.negativeAllowed());
    }
}
