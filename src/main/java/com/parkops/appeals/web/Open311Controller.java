package com.parkops.appeals.web;

import com.parkops.appeals.Open311Keys.KeyHolder;
import com.parkops.appeals.Open311Requests;
import com.parkops.appeals.Open311Requests.Query;
import com.parkops.appeals.Open311Requests.ServiceRequest;
import com.parkops.appeals.Open311Requests.Submission;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.Zones.Zone;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (docs/appeals.md "Open311"): discovery, services, service definitions,
 * service requests (GET and POST) and tokens, each as {@code .json} or {@code .xml}; errors as
 * {@code [{"code":…,"description":…}]} / {@code <errors><error>…} with the HTTP status.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

    /** When this endpoint's list of services and fields last changed (discovery {@code changeset}). */
    static final Instant CHANGESET = Instant.parse("2026-11-29T00:00:00Z");

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)](\\[])?");

    private final Open311Access access;
    private final Open311Catalogue catalogue;
    private final Open311Requests requests;
    private final Open311Queries queries;
    private final MessageSource messages;

    Open311Controller(
            Open311Access access,
            Open311Catalogue catalogue,
            Open311Requests requests,
            Open311Queries queries,
            MessageSource messages) {
        this.access = access;
        this.catalogue = catalogue;
        this.requests = requests;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Open311Format f = format(format);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/open311/v2")
                .build()
                .toUriString();
        String changeset = Open311Format.time(CHANGESET, ZoneId.of("UTC"));
        return ok(
                f,
                f.object(
                        "discovery",
                        Open311Bodies.discovery(
                                changeset,
                                text("open311.discovery.contact"),
                                text("open311.discovery.keyService"),
                                url)));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format f = format(format);
        Zone zone = access.zone(jurisdiction, apiKey);
        return ok(f, f.list("services", "service", catalogue.services(zone.id())));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(
            @PathVariable String code,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format f = format(format);
        Zone zone = access.zone(jurisdiction, apiKey);
        Map<String, Object> definition = catalogue
                .definition(zone.id(), code)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, text("open311.error.unknownService", code)));
        return ok(f, f.object("service_definition", definition));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> submit(@PathVariable String format, HttpServletRequest request) {
        Open311Format f = format(format);
        KeyHolder key = access.key(request.getParameter("api_key"), request.getParameter("jurisdiction_id"));
        Submission submission = new Submission(
                request.getParameter("service_code"),
                queries.coordinate(request.getParameter("lat"), "lat"),
                queries.coordinate(request.getParameter("long"), "long"),
                request.getParameter("address_string"),
                request.getParameter("address_id"),
                request.getParameter("email"),
                request.getParameter("device_id"),
                request.getParameter("account_id"),
                request.getParameter("first_name"),
                request.getParameter("last_name"),
                request.getParameter("phone"),
                request.getParameter("description"),
                request.getParameter("media_url"),
                attributes(request));
        Open311Requests.Receipt receipt = requests.submit(key, submission);
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(f.mediaType())
                .body(f.list("service_requests", "request", List.of(Open311Bodies.receipt(receipt))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> list(@PathVariable String format, HttpServletRequest request) {
        Open311Format f = format(format);
        KeyHolder key = access.key(request.getParameter("api_key"), request.getParameter("jurisdiction_id"));
        ZoneId zone = ZoneId.of(access.zoneOf(key).timeZone());
        Query query = queries.query(request);
        return requests(f, requests.find(key.zoneId(), query), zone);
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> one(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format f = format(format);
        KeyHolder key = access.key(apiKey, jurisdiction);
        ServiceRequest found = requests.find(key.zoneId(), id)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, text("open311.error.unknownRequest", id)));
        return requests(f, List.of(found), ZoneId.of(access.zoneOf(key).timeZone()));
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(
            @PathVariable String token,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format f = format(format);
        KeyHolder key = access.key(apiKey, jurisdiction);
        ServiceRequest found = requests.byToken(key.zoneId(), token)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, text("open311.error.unknownToken", token)));
        return ok(f, f.list("service_requests", "request", List.of(Open311Bodies.token(found, token))));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> failed(Open311Error error, HttpServletRequest request) {
        return errors(Open311Format.ofPath(request.getRequestURI()), error.status(), error.descriptions());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException error, HttpServletRequest request) {
        List<String> descriptions =
                error.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
        return errors(Open311Format.ofPath(request.getRequestURI()), HttpStatus.BAD_REQUEST, descriptions);
    }

    private ResponseEntity<String> requests(Open311Format f, List<ServiceRequest> found, ZoneId zone) {
        return ok(
                f,
                f.list(
                        "service_requests",
                        "request",
                        found.stream().map(r -> Open311Bodies.request(r, zone)).toList()));
    }

    private static ResponseEntity<String> errors(Open311Format f, HttpStatus status, List<String> descriptions) {
        return ResponseEntity.status(status)
                .contentType(f.mediaType())
                .body(f.list("errors", "error", Open311Bodies.errors(status.value(), descriptions)));
    }

    private static ResponseEntity<String> ok(Open311Format f, String body) {
        return ResponseEntity.ok().contentType(f.mediaType()).body(body);
    }

    private Open311Format format(String format) {
        return Open311Format.of(format, text("open311.error.format", format));
    }

    /** {@code attribute[code]=value}; a multi-value list ({@code attribute[code][]}) joined by commas. */
    private static Map<String, String> attributes(HttpServletRequest request) {
        Map<String, String> attributes = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches() && values.length > 0) {
                attributes.put(matcher.group(1), String.join(",", values));
            }
        });
        return attributes;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
