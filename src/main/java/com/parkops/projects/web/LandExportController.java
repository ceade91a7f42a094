package com.parkops.projects.web;

import com.parkops.projects.LandAllocation;
import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandSummary;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's land-quota figures as XLSX: the allocations dated in the year, and the figures by month. */
@Controller
class LandExportController {

    private final LandQuotas quotas;
    private final MessageSourceAccessor messages;

    LandExportController(LandQuotas quotas, MessageSource messages) {
        this.quotas = quotas;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/projects/land/export")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    void export(@AuthenticationPrincipal ZoneUser user, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        LandSummary summary = quotas.summary(user.zoneId(), year);
        try (TableWorkbook workbook = TableWorkbook.inMemory()) {
            workbook.sheet(
                    text("land.export.allocations"),
                    headers(
                            "land.field.projectCode",
                            "land.field.projectName",
                            "land.field.purpose",
                            "land.field.parcel",
                            "land.field.allocatedOn",
                            "land.field.allocationMu",
                            "land.field.note"));
            for (LandRequest request : quotas.list(user.zoneId(), null)) {
                for (LandAllocation allocation : request.allocations()) {
                    if (allocation.allocatedOn().getYear() == year) {
                        workbook.row(Arrays.asList(
                                request.projectCode(),
                                request.projectName(),
                                request.purpose(),
                                allocation.parcel(),
                                allocation.allocatedOn(),
                                allocation.mu(),
                                allocation.note()));
                    }
                }
            }
            workbook.sheet(
                    text("land.export.months"), headers("land.field.month", "land.field.projects", "land.field.mu"));
            for (LandSummary.Month month : summary.months()) {
                workbook.row(List.of(month.month(), month.projects(), month.mu()));
            }
            workbook.row(List.of(text("land.export.total"), summary.projects(), summary.mu()));
            workbook.send(response, text("land.export.file", year));
        }
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(this::text).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args);
    }
}
