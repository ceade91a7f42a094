package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationObjections;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Objection;
import com.parkops.evaluation.ObjectionStatus;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Downloads;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Objections through the API: an ENTERPRISE user files one against its own result (multipart
 * {@code reason} + {@code files}); staff list and decide them. An enterprise sees only its own
 * objections and files; anything else answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/evaluation")
class ObjectionApiController {

    /** {@code {"decision":"UPHELD|REJECTED","reason":"…"}}, optionally with the version read. */
    record DecisionRequest(String decision, String reason, Integer version) {}

    private final EvaluationObjections objections;
    private final EvaluationRuns runs;

    ObjectionApiController(EvaluationObjections objections, EvaluationRuns runs) {
        this.objections = objections;
        this.runs = runs;
    }

    @PostMapping(path = "/runs/{id}/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENTERPRISE')")
    ObjectionJson file(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        UUID enterprise = user.enterpriseId().orElseThrow(() -> new NotFoundException("evaluation run " + id));
        return ObjectionJson.of(objections.file(
                user.zoneId(),
                user.getUsername(),
                id,
                enterprise,
                reason,
                Uploads.of(files, EvaluationObjections.NewFile::new)));
    }

    @GetMapping("/runs/{id}/objections")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<ObjectionJson> list(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        EvaluationRun run =
                runs.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("evaluation run " + id));
        UUID only = null;
        if (user.is(Role.ENTERPRISE)) {
            if (run.status() == RunStatus.DRAFT) {
                throw new NotFoundException("evaluation run " + id);
            }
            only = user.enterpriseId().orElseThrow(() -> new NotFoundException("evaluation run " + id));
        }
        return objections.ofRun(user.zoneId(), id, only).stream()
                .map(ObjectionJson::of)
                .toList();
    }

    @GetMapping("/objections/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    ObjectionJson get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return ObjectionJson.of(visible(user, id));
    }

    @PostMapping("/objections/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ObjectionJson decide(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody DecisionRequest request) {
        return ObjectionJson.of(objections.decide(
                user.zoneId(),
                user.getUsername(),
                id,
                decision(request.decision()),
                request.reason(),
                request.version()));
    }

    @GetMapping("/objections/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        visible(user, id);
        return objections
                .attachment(user.zoneId(), id, attachmentId)
                .map(file -> Downloads.attachment(file.name(), file.contentType())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(file.content()))
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    private Objection visible(ZoneUser user, UUID id) {
        return objections
                .find(user.zoneId(), id)
                .filter(objection -> user.maySee(objection.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("objection " + id));
    }

    /** UPHELD or REJECTED; anything else is left to the domain to refuse with a clear message. */
    static ObjectionStatus decision(String decision) {
        if (decision == null) {
            return null;
        }
        try {
            return ObjectionStatus.valueOf(decision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
