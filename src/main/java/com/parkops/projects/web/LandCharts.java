package com.parkops.projects.web;

import com.parkops.projects.Campaign;
import com.parkops.projects.LandSummary;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The specs static/js/projects-land.js draws with ECharts, written into {@code data-chart} attributes. */
@Component
class LandCharts {

    /** A bar chart of mu by month with the project count as a line, or a gauge of a percentage. */
    record Spec(String kind, List<String> categories, List<BigDecimal> mu, List<Integer> projects, Labels labels) {}

    /** The texts a chart shows, in the reader's language. */
    record Labels(String mu, String projects, String gauge) {}

    private final ObjectMapper json;
    private final MessageSourceAccessor messages;

    LandCharts(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = new MessageSourceAccessor(messages);
    }

    String months(LandSummary summary) {
        List<String> categories = summary.months().stream()
                .map(m -> messages.getMessage("land.chart.month", new Object[] {m.month()}))
                .toList();
        return json.writeValueAsString(new Spec(
                "months",
                categories,
                summary.months().stream().map(LandSummary.Month::mu).toList(),
                summary.months().stream().map(LandSummary.Month::projects).toList(),
                new Labels(messages.getMessage("land.chart.mu"), messages.getMessage("land.chart.projects"), null)));
    }

    String gauge(Campaign campaign) {
        return json.writeValueAsString(new Spec(
                "gauge",
                List.of(),
                List.of(campaign.percentMet()),
                List.of(campaign.met(), campaign.pending(), campaign.missed()),
                new Labels(null, null, messages.getMessage("campaign.chart.met"))));
    }
}
