package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationObjections;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Downloads;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A file attached to an objection, for signed-in staff and the enterprise that filed it (others: 404). */
@Controller
class ObjectionAttachmentController implements LifecyclePage {

    private final EvaluationObjections objections;

    ObjectionAttachmentController(EvaluationObjections objections) {
        this.objections = objections;
    }

    @GetMapping("/evaluation/objections/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        objections
                .find(user.zoneId(), id)
                .filter(objection -> user.maySee(objection.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("objection " + id));
        return objections
                .attachment(user.zoneId(), id, attachmentId)
                .map(file -> Downloads.attachment(file.name(), file.contentType())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(file.content()))
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }
}
