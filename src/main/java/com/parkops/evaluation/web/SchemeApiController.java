package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Presets and the zone's stored schemes. Read: ADMIN, LEADER, STAFF; write: ADMIN, STAFF. */
@RestController
@RequestMapping("/api/v1/evaluation")
class SchemeApiController {

    /** A stored scheme to create or replace; {@code version} is required to replace. */
    record SchemeRequest(Integer year, String name, Scheme scheme, String basedOn, Integer version) {}

    private final EvaluationSchemes schemes;
    private final EvaluationText text;

    SchemeApiController(EvaluationSchemes schemes, EvaluationText text) {
        this.schemes = schemes;
        this.text = text;
    }

    @GetMapping("/presets")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<EvaluationSchemes.Preset> presets() {
        return schemes.presets();
    }

    @GetMapping("/schemes")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<EvaluationSchemes.StoredScheme> list(@AuthenticationPrincipal ZoneUser user) {
        return schemes.list(user.zoneId());
    }

    @GetMapping("/schemes/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    EvaluationSchemes.StoredScheme get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return schemes.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("scheme " + id));
    }

    @PostMapping("/schemes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    EvaluationSchemes.StoredScheme create(@AuthenticationPrincipal ZoneUser user, @RequestBody SchemeRequest request) {
        int year = text.year(request.year());
        return schemes.create(
                user.zoneId(), user.getUsername(), year, name(request), request.scheme(), request.basedOn());
    }

    @PutMapping("/schemes/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    EvaluationSchemes.StoredScheme update(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody SchemeRequest request) {
        int year = text.year(request.year());
        if (request.version() == null) {
            throw new InvalidInputException(
                    text.get("evaluation.error.invalidScheme"),
                    List.of(new InputError(null, "version", text.get("evaluation.scheme.required"))));
        }
        return schemes.update(
                user.zoneId(), user.getUsername(), id, request.version(), year, name(request), request.scheme());
    }

    @DeleteMapping("/schemes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        schemes.delete(user.zoneId(), user.getUsername(), id);
    }

    private String name(SchemeRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInputException(
                    text.get("evaluation.error.invalidScheme"),
                    List.of(new InputError(null, "name", text.get("evaluation.scheme.required"))));
        }
        return request.name().strip();
    }
}
