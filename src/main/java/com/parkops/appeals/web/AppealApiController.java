package com.parkops.appeals.web;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealCounts;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealPage;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.AttachmentInfo;
import com.parkops.appeals.Channel;
import com.parkops.appeals.DuplicateCandidate;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.Upload;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Downloads;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
 * The appeals API: take in, list with filters, one appeal with its handling log, each workflow
 * action as {@code POST /api/v1/appeals/{id}/<action>} (dispatch, acknowledge, request-return,
 * approve-return, reject-return, request-extension, approve-extension, reject-extension, start,
 * note, reply, revisit, reopen, close, merge, update-labour, remind), files, duplicate suggestions.
 * Within the caller's data scope; another's appeal answers 404.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
class AppealApiController {

    private final Appeals appeals;
    private final AppealIntake intake;
    private final AppealWorkflow workflow;

    AppealApiController(Appeals appeals, AppealIntake intake, AppealWorkflow workflow) {
        this.appeals = appeals;
        this.intake = intake;
        this.workflow = workflow;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'ENTERPRISE')")
    AppealView create(@AuthenticationPrincipal ZoneUser user, @RequestBody NewAppeal appeal) {
        return intake.receive(user, appeal, List.of());
    }

    @GetMapping
    AppealPage list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) AppealState state,
            @RequestParam(required = false) AppealType type,
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean pending,
            @RequestParam(required = false) Boolean extensionPending,
            @RequestParam(required = false) UUID meetingId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var filter = new com.parkops.appeals.AppealFilter(
                state, type, categoryId, departmentId, overdue, pending, extensionPending, channel, meetingId, q);
        return appeals.search(user, filter, page, size);
    }

    @GetMapping("/counts")
    AppealCounts counts(@AuthenticationPrincipal ZoneUser user) {
        return appeals.counts(user);
    }

    @GetMapping("/duplicates")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'ENTERPRISE')")
    List<DuplicateCandidate> duplicates(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String enterpriseName,
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID except) {
        return appeals.duplicates(user, creditCode, enterpriseName, categoryId, title, except);
    }

    @GetMapping("/{id}")
    AppealView get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return appeals.find(user, id).orElseThrow(() -> new NotFoundException("appeal " + id));
    }

    @PostMapping("/{id}/{action}")
    AppealView act(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestBody(required = false) ActionRequest request) {
        AppealAction step = Actions.byPath(action)
                .filter(a -> a != AppealAction.RECEIVE && a != AppealAction.ESCALATE)
                .orElseThrow(() -> new NotFoundException("action " + action));
        return workflow.act(user, id, step, request);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return appeals.attachment(user, id, attachmentId)
                .map(file -> Downloads.of(file.info().fileName(), file.info().contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    @PostMapping(path = "/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'ENTERPRISE')")
    List<AttachmentInfo> attach(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam("file") List<MultipartFile> files) {
        return intake.attach(user, id, Uploads.of(files, Upload::new));
    }
}
