package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorImport;
import com.parkops.indicators.Summary;
import com.parkops.indicators.SummaryQuery;
import com.parkops.indicators.ZoneMetrics;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The indicators API. Import: ADMIN and STAFF. Analysis: ADMIN, LEADER and STAFF see the whole
 * zone; an ENTERPRISE user may ask only {@code groupBy=enterprise} and gets only its own row, and
 * zone aggregates (other groupings, zone metrics) are refused with 403. Stewards have no access
 * to economic figures. The catalogue is readable by every signed-in user.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final IndicatorImport imports;
    private final IndicatorAnalysis analysis;
    private final IndicatorCatalogue catalogue;

    IndicatorApiController(IndicatorImport imports, IndicatorAnalysis analysis, IndicatorCatalogue catalogue) {
        this.imports = imports;
        this.analysis = analysis;
        this.catalogue = catalogue;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ImportResult importFile(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(defaultValue = "ytd") String basis,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        Basis parsed = Basis.parse(basis)
                .orElseThrow(() -> new IllegalArgumentException("basis must be monthly or ytd: " + basis));
        try (InputStream content = file.getInputStream()) {
            return imports.importFile(user.zoneId(), user.getUsername(), parsed, file.getOriginalFilename(), content);
        }
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    Summary summary(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam int year,
            @RequestParam(defaultValue = "12") int month,
            @RequestParam(defaultValue = "zone") String groupBy,
            @RequestParam(required = false) String indicators) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12");
        }
        GroupBy grouping = GroupBy.parse(groupBy)
                .orElseThrow(() -> new IllegalArgumentException(
                        "groupBy must be one of zone, chain, enterprise, scale, industry"));
        UUID only = null;
        if (user.is(Role.ENTERPRISE)) {
            if (grouping != GroupBy.ENTERPRISE) {
                throw new AccessDeniedException("Enterprise users see only their own enterprise");
            }
            only = user.enterpriseId().orElseThrow(() -> new AccessDeniedException("No enterprise"));
        }
        List<String> codes = indicators == null || indicators.isBlank()
                ? catalogue.asOf(user.zoneId(), YearMonth.of(year, month)).stream()
                        .map(IndicatorDefinition::code)
                        .toList()
                : Arrays.stream(indicators.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList();
        return analysis.summary(user.zoneId(), new SummaryQuery(year, month, grouping, codes, only));
    }

    @GetMapping("/zone-metrics")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    ZoneMetrics zoneMetrics(@AuthenticationPrincipal ZoneUser user, @RequestParam int year) {
        return analysis.zoneMetrics(user.zoneId(), year);
    }

    @GetMapping("/catalogue")
    List<IndicatorDefinition> catalogue(
            @AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) YearMonth period) {
        return period == null ? catalogue.current(user.zoneId()) : catalogue.asOf(user.zoneId(), period);
    }
}
