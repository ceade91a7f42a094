package com.parkops.investment.web;

import com.parkops.investment.PipelineQueries;
import com.parkops.shared.io.WorkbookStyles;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The project list (项目库) with its filters, paging and the XLSX export of the filtered list. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class ProjectListController {

    private static final int SIZE = 20;

    private final PipelineQueries queries;
    private final InvestmentChoices choices;
    private final MessageSource messages;

    ProjectListController(PipelineQueries queries, InvestmentChoices choices, MessageSource messages) {
        this.queries = queries;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/investment/projects")
    String list(@AuthenticationPrincipal ZoneUser user, @ModelAttribute("query") ProjectQuery query, Model model) {
        model.addAttribute("page", queries.search(user.zoneId(), query.filter(), query.pageNumber(), SIZE));
        model.addAttribute("pageUrl", query.url("/investment/projects"));
        model.addAttribute("exportUrl", query.url("/investment/projects/export"));
        choices.addTo(model, user.zoneId());
        return "investment/projects";
    }

    @GetMapping("/investment/projects/export")
    void export(
            @AuthenticationPrincipal ZoneUser user, @ModelAttribute ProjectQuery query, HttpServletResponse response)
            throws IOException {
        response.setContentType(WorkbookStyles.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(text("investment.export.file"), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        ProjectWorkbook.write(queries.all(user.zoneId(), query.filter()), this::text, response.getOutputStream());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
