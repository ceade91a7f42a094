package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.ReportedRow;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One enterprise's stored figures (monthly and year-to-date views), the revision history of a
 * month, and manual corrections by staff. An enterprise user may read only its own enterprise;
 * any other enterprise answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/indicators/enterprises/{creditCode}")
class IndicatorValuesApiController {

    private final IndicatorValues values;

    IndicatorValuesApiController(IndicatorValues values) {
        this.values = values;
    }

    @GetMapping("/figures")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<IndicatorValues.Figure> figures(
            @AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, @RequestParam int year) {
        return values.figures(user.zoneId(), visible(user, creditCode), year);
    }

    @GetMapping("/periods/{period}/revisions")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<IndicatorValues.Revision> revisions(
            @AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, @PathVariable YearMonth period) {
        return values.revisions(user.zoneId(), visible(user, creditCode), period);
    }

    /** Body: indicator code → figure, e.g. {@code {"output": 1234.5, "tax": 56}}. */
    @PutMapping("/periods/{period}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ImportResult correct(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable YearMonth period,
            @RequestParam(defaultValue = "monthly") String basis,
            @RequestBody Map<String, BigDecimal> figures) {
        visible(user, creditCode);
        Basis parsed = Basis.parse(basis)
                .orElseThrow(() -> new IllegalArgumentException("basis must be monthly or ytd: " + basis));
        return values.correct(user.zoneId(), user.getUsername(), parsed, new ReportedRow(creditCode, period, figures));
    }

    private UUID visible(ZoneUser user, String creditCode) {
        return values.enterpriseOf(user.zoneId(), creditCode)
                .filter(user::maySee)
                .orElseThrow(() -> new NotFoundException("No such enterprise: " + creditCode));
    }
}
