package com.parkops.indicators.web;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.ContributionPage;
import com.parkops.indicators.ContributionQuery;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorContributions;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.Summary;
import com.parkops.indicators.SummaryQuery;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The year-to-date summary table. Zone, chain, scale and industry rows come from {@link
 * IndicatorAnalysis#summary} for every chosen indicator; by enterprise there can be a province's
 * worth of rows, so that view pages through one indicator's enterprises instead.
 */
@Component
class SummarySection {

    private final IndicatorAnalysis analysis;
    private final IndicatorContributions contributions;
    private final MessageSource messages;

    SummarySection(IndicatorAnalysis analysis, IndicatorContributions contributions, MessageSource messages) {
        this.analysis = analysis;
        this.contributions = contributions;
        this.messages = messages;
    }

    void fill(UUID zoneId, MonitoringFilter filter, IndicatorNames names, Model model) {
        model.addAttribute("groupings", GroupBy.values());
        if (filter.groupBy() == GroupBy.ENTERPRISE) {
            ContributionPage page = enterprises(zoneId, filter);
            model.addAttribute("enterprisePage", page);
            model.addAttribute("pages", pages(page));
            model.addAttribute("definitionsUsed", used(names, List.of(filter.indicator())));
            return;
        }
        Summary summary = summary(zoneId, filter);
        model.addAttribute("summary", summary);
        model.addAttribute("definitionsUsed", summary.definitions());
    }

    Summary summary(UUID zoneId, MonitoringFilter filter) {
        return analysis.summary(
                zoneId, new SummaryQuery(filter.year(), filter.month(), filter.groupBy(), filter.indicators(), null));
    }

    ContributionPage enterprises(UUID zoneId, MonitoringFilter filter) {
        var query = new ContributionQuery(filter.year(), filter.month(), filter.indicator(), AnalysisScope.zone());
        return contributions.contributions(zoneId, query, filter.offset(), MonitoringFilter.PAGE_SIZE);
    }

    /** The catalogue versions behind the given indicators, as a summary states them. */
    static List<Summary.DefinitionUsed> used(IndicatorNames names, List<String> codes) {
        return names.definitions().stream()
                .filter(definition -> codes.contains(definition.code()))
                .map(SummarySection::used)
                .toList();
    }

    private static Summary.DefinitionUsed used(IndicatorDefinition d) {
        return new Summary.DefinitionUsed(
                d.code(), d.nameZh(), d.unit(), d.effectiveFrom().toString());
    }

    /** How many pages a paged list has. */
    static int pages(ContributionPage page) {
        return (int) ((page.enterprises() + MonitoringFilter.PAGE_SIZE - 1) / MonitoringFilter.PAGE_SIZE);
    }

    /** A group's name as shown: chain or industry as stored, words for the zone, scales and no group. */
    String label(GroupBy groupBy, String group) {
        return label(groupBy, group, LocaleContextHolder.getLocale());
    }

    String label(GroupBy groupBy, String group, Locale locale) {
        return switch (groupBy) {
            case ZONE -> messages.getMessage("monitoring.group.zone", null, locale);
            case SCALE ->
                group == null
                        ? messages.getMessage("monitoring.group.none", null, locale)
                        : messages.getMessage("monitoring.scale." + group, null, group, locale);
            case CHAIN -> group == null ? messages.getMessage("monitoring.group.noChain", null, locale) : group;
            case INDUSTRY -> group == null ? messages.getMessage("monitoring.group.noIndustry", null, locale) : group;
            case ENTERPRISE -> group;
        };
    }
}
