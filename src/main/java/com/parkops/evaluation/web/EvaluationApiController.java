package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation runs API ({@code docs/api.md}, Evaluation). ADMIN and STAFF create and move
 * runs; LEADER reads; an ENTERPRISE user reads only its own result, and only once the run is
 * published (otherwise 404, as if the run did not exist).
 */
@RestController
@RequestMapping("/api/v1/evaluation/runs")
class EvaluationApiController {

    /** {@code {"year":Y,"preset":"linhai-2014"}}, {@code {"year":Y,"scheme":{…}}} or {@code {"year":Y,"schemeId":…}}. */
    record RunRequest(Integer year, String preset, Scheme scheme, UUID schemeId) {}

    private final EvaluationRuns runs;
    private final EvaluationSchemes schemes;
    private final EvaluationText text;

    EvaluationApiController(EvaluationRuns runs, EvaluationSchemes schemes, EvaluationText text) {
        this.runs = runs;
        this.schemes = schemes;
        this.text = text;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    RunJson create(@AuthenticationPrincipal ZoneUser user, @RequestBody RunRequest request) {
        int year = text.year(request.year());
        int given = (request.preset() == null ? 0 : 1)
                + (request.scheme() == null ? 0 : 1)
                + (request.schemeId() == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidInputException(
                    text.get("evaluation.error.invalidRun"),
                    List.of(new InputError(null, "scheme", text.get("evaluation.run.oneScheme"))));
        }
        Scheme scheme;
        UUID schemeId = null;
        if (request.preset() != null) {
            scheme = schemes.preset(request.preset())
                    .orElseThrow(() -> new InvalidInputException(
                            text.get("evaluation.error.invalidRun"),
                            List.of(new InputError(
                                    null, "preset", text.get("evaluation.run.unknownPreset", request.preset())))))
                    .scheme();
        } else if (request.schemeId() != null) {
            var stored = schemes.find(user.zoneId(), request.schemeId())
                    .orElseThrow(() -> new InvalidInputException(
                            text.get("evaluation.error.invalidRun"),
                            List.of(new InputError(null, "schemeId", text.get("evaluation.run.unknownScheme")))));
            scheme = stored.scheme();
            schemeId = stored.id();
        } else {
            scheme = request.scheme();
        }
        return RunJson.of(runs.create(user.zoneId(), user.getUsername(), year, scheme, schemeId));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<RunJson> list(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year) {
        return runs.list(user.zoneId(), year).stream().map(RunJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    RunJson get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return RunJson.of(required(user, id));
    }

    @GetMapping("/{id}/results")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<ResultJson> results(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        EvaluationRun run = required(user, id);
        if (user.is(Role.ENTERPRISE)) {
            if (run.status() == RunStatus.DRAFT) {
                throw new NotFoundException("evaluation run " + id);
            }
            UUID own = user.enterpriseId().orElseThrow(() -> new NotFoundException("evaluation run " + id));
            return runs.result(user.zoneId(), id, own).stream()
                    .map(ResultJson::of)
                    .toList();
        }
        return runs.results(user.zoneId(), id).stream().map(ResultJson::of).toList();
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    RunJson publish(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return RunJson.of(runs.publish(user.zoneId(), user.getUsername(), id));
    }

    @PostMapping("/{id}/finalize")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    RunJson finalizeRun(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return RunJson.of(runs.finalizeRun(user.zoneId(), user.getUsername(), id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        runs.deleteDraft(user.zoneId(), user.getUsername(), id);
    }

    private EvaluationRun required(ZoneUser user, UUID id) {
        return runs.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("evaluation run " + id));
    }
}
