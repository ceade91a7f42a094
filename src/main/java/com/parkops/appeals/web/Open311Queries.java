package com.parkops.appeals.web;

import com.parkops.appeals.Open311Requests.Query;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The parameters of {@code GET requests}: {@code service_request_id} (comma-separated, overriding
 * the rest), {@code service_code}, {@code start_date} and {@code end_date} (W3C date-times with an
 * offset, at most 90 days apart; the last 90 days by default) and {@code status} ({@code open},
 * {@code closed} or both, comma-separated). At most 1000 requests are returned.
 */
@Component
class Open311Queries {

    static final int MAX_REQUESTS = 1000;
    static final Duration MAX_SPAN = Duration.ofDays(90);

    private final Clock clock;
    private final MessageSource messages;

    Open311Queries(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    Query query(HttpServletRequest request) {
        String ids = request.getParameter("service_request_id");
        if (ids != null && !ids.isBlank()) {
            List<String> list = Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(id -> !id.isEmpty())
                    .distinct()
                    .limit(MAX_REQUESTS)
                    .toList();
            return new Query(list, null, null, null, null, MAX_REQUESTS);
        }
        Instant start = date(request.getParameter("start_date"), "start_date");
        Instant end = date(request.getParameter("end_date"), "end_date");
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw bad("open311.error.dateOrder");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw bad("open311.error.dateSpan");
        }
        String code = request.getParameter("service_code");
        return new Query(
                List.of(),
                code == null || code.isBlank() ? null : code.strip(),
                start,
                end.plusSeconds(1),
                status(request.getParameter("status")),
                MAX_REQUESTS);
    }

    /** A latitude or longitude as sent, or a 400 when it is no number. */
    Double coordinate(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw bad("open311.error.coordinate", name);
        }
    }

    private Boolean status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> statuses = Arrays.stream(value.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw bad("open311.error.status", value);
        }
        return statuses.size() == 2 ? null : statuses.contains("open");
    }

    private Instant date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // an unencoded "+" of the offset arrives as a space
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("open311.error.date", name);
        }
    }

    private Open311Error bad(String key, Object... args) {
        return new Open311Error(
                HttpStatus.BAD_REQUEST, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
