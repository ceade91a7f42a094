package com.parkops.investment.web;

import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.zone.ZoneUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The board (看板): one column per stage with the live projects at it, and a last column of the
 * paused and lost ones (badged, at the stage they had reached). Takes the list's filters.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class BoardController {

    private final PipelineQueries queries;
    private final InvestmentChoices choices;

    BoardController(PipelineQueries queries, InvestmentChoices choices) {
        this.queries = queries;
        this.choices = choices;
    }

    @GetMapping("/investment/board")
    String board(@AuthenticationPrincipal ZoneUser user, @ModelAttribute("query") ProjectQuery query, Model model) {
        Map<Stage, List<ProjectView>> columns = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            columns.put(stage, new ArrayList<>());
        }
        List<ProjectView> closed = new ArrayList<>();
        for (ProjectView p : queries.all(user.zoneId(), query.filter())) {
            (p.alive() ? columns.get(p.stage()) : closed).add(p);
        }
        model.addAttribute("columns", columns);
        model.addAttribute("closed", closed);
        choices.addTo(model, user.zoneId());
        return "investment/board";
    }
}
