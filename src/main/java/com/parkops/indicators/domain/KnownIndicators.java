package com.parkops.indicators.domain;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Refuses indicator codes the zone's catalogue does not know, before they reach SQL. */
@Component
class KnownIndicators {

    private final IndicatorCatalogue catalogue;

    KnownIndicators(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    IndicatorDefinition require(UUID zoneId, String code) {
        return catalogue.current(zoneId).stream()
                .filter(definition -> definition.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown indicator: " + code));
    }
}
