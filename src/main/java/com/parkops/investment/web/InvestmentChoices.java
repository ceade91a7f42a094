package com.parkops.investment.web;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.PipelineTeams;
import com.parkops.investment.Stage;
import com.parkops.zone.Zones;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the investment pages offer: stages, sources, teams, chains, years. */
@Component
class InvestmentChoices {

    private final PipelineTeams teams;
    private final PipelineQueries queries;
    private final Zones zones;

    InvestmentChoices(PipelineTeams teams, PipelineQueries queries, Zones zones) {
        this.teams = teams;
        this.queries = queries;
        this.zones = zones;
    }

    void addTo(Model model, UUID zoneId) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("sources", CapitalSource.values());
        model.addAttribute("teams", teams.list(zoneId));
        model.addAttribute("chains", queries.chains(zoneId));
        int year = thisYear(zoneId);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(year - 6, year)
                        .map(y -> year - 6 + year - y)
                        .boxed()
                        .toList());
    }

    int thisYear(UUID zoneId) {
        return zones.today(zoneId).getYear();
    }
}
