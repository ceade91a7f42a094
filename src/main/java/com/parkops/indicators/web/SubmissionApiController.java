package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly reports for scripts. Staff, leaders and administrators read the zone's reports; an
 * enterprise user reads and writes only its own enterprise's, and any other report answers 404.
 * Only enterprise users submit; only staff and administrators accept or return. A move the
 * report's state does not allow answers 409; a flagged report submitted without explanation 422.
 */
@RestController
@RequestMapping("/api/v1/indicators/submissions")
class SubmissionApiController {

    /** What an enterprise sends; {@code basis} defaults to the zone's, {@code submit} to false. */
    record SubmissionRequest(
            String period,
            String basis,
            Map<String, BigDecimal> values,
            String explanation,
            Map<String, String> explanations,
            Boolean submit,
            Integer version) {}

    /** A staff decision; {@code reason} is required to return a report. */
    record DecisionRequest(String reason, Integer version) {}

    private final Submissions submissions;

    SubmissionApiController(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    SubmissionJson.PageJson list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        SubmissionStatus wanted = status == null || status.isBlank() ? null : status(status);
        var filter = user.is(Role.ENTERPRISE)
                ? Submissions.Filter.own(ReportingController.own(user), month(period), wanted, flagged)
                : Submissions.Filter.zone(month(period), wanted, flagged);
        return SubmissionJson.PageJson.of(submissions.search(user.zoneId(), filter, page, size), locale);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    SubmissionJson one(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Locale locale) {
        return SubmissionJson.of(visible(user, id), locale);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<SubmissionJson.EventJson> history(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Locale locale) {
        visible(user, id);
        return submissions.history(user.zoneId(), id).stream()
                .map(event -> SubmissionJson.EventJson.of(event, locale))
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    SubmissionJson save(@AuthenticationPrincipal ZoneUser user, @RequestBody SubmissionRequest request, Locale locale) {
        YearMonth period = month(request.period());
        if (period == null) {
            throw new IllegalArgumentException("period is required, as YYYY-MM");
        }
        Basis basis = request.basis() == null || request.basis().isBlank()
                ? null
                : Basis.parse(request.basis())
                        .orElseThrow(() -> new IllegalArgumentException("basis must be monthly or ytd"));
        SubmissionView saved = submissions.save(
                user.zoneId(),
                user.getUsername(),
                ReportingController.own(user),
                new Submissions.Draft(
                        period,
                        basis,
                        request.values() == null ? Map.of() : request.values(),
                        request.explanation(),
                        request.explanations(),
                        request.version(),
                        Boolean.TRUE.equals(request.submit())));
        return SubmissionJson.of(saved, locale);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SubmissionJson accept(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) DecisionRequest request,
            Locale locale) {
        visible(user, id);
        Integer version = request == null ? null : request.version();
        return SubmissionJson.of(submissions.accept(user.zoneId(), user.getUsername(), id, version), locale);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SubmissionJson returnForChanges(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) DecisionRequest request,
            Locale locale) {
        visible(user, id);
        String reason = request == null ? null : request.reason();
        Integer version = request == null ? null : request.version();
        return SubmissionJson.of(
                submissions.returnForChanges(user.zoneId(), user.getUsername(), id, version, reason), locale);
    }

    private SubmissionView visible(ZoneUser user, UUID id) {
        return submissions
                .find(user.zoneId(), id)
                .filter(view -> user.maySee(view.enterpriseId()))
                .filter(view -> view.status() != SubmissionStatus.DRAFT
                        || view.enterpriseId().equals(user.enterpriseId().orElse(null)))
                .orElseThrow(() -> new NotFoundException("No report " + id));
    }

    private static SubmissionStatus status(String text) {
        try {
            return SubmissionStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of DRAFT, SUBMITTED, RETURNED, ACCEPTED");
        }
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period must be YYYY-MM: " + text);
        }
    }
}
