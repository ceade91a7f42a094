package com.parkops.registry.web;

import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.RegistryFiles;
import com.parkops.registry.Scale;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The zone's enterprise list with search, filters and pages, and its XLSX export. htmx swaps just
 * the results when the filters change; without JavaScript the form submits as a plain GET.
 */
@Controller
@RequestMapping("/registry/enterprises")
class EnterpriseListController implements RegistryPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EnterpriseQueries queries;
    private final RegistryFiles files;

    EnterpriseListController(EnterpriseQueries queries, RegistryFiles files) {
        this.queries = queries;
        this.files = files;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal ZoneUser user,
            ListQuery query,
            BindingResult ignoredBadFilters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Boosted", required = false) String boosted,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            Model model,
            HttpServletResponse response) {
        var page = queries.search(user.zoneId(), query.filter(), query.pageNumber(), ListQuery.PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        model.addAttribute("pageUrl", query.url("/registry/enterprises"));
        model.addAttribute("exportUrl", query.url("/registry/enterprises/export"));
        model.addAttribute("chains", queries.chains(user.zoneId()));
        model.addAttribute("scales", Scale.values());
        model.addAttribute("kinds", QualificationKind.values());
        model.addAttribute("canEdit", Visibility.mayEdit(user));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean resultsOnly = htmx != null && boosted == null && restore == null;
        return resultsOnly ? "registry/enterprises :: results" : "registry/enterprises";
    }

    @GetMapping("/export")
    void export(
            @AuthenticationPrincipal ZoneUser user,
            ListQuery query,
            BindingResult ignoredBadFilters,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("企业档案.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        files.exportXlsx(user.zoneId(), query.filter(), response.getOutputStream());
    }
}
