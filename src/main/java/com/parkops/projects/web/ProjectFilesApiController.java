package com.parkops.projects.web;

import com.parkops.projects.Evidence;
import com.parkops.projects.Schedules;
import com.parkops.projects.Upload;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files of schedule nodes: upload (multipart {@code files}), list, download. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class ProjectFilesApiController {

    private final Schedules schedules;

    ProjectFilesApiController(Schedules schedules) {
        this.schedules = schedules;
    }

    @PostMapping("/nodes/{nodeId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    List<Evidence> upload(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @RequestParam("files") List<MultipartFile> files) {
        return schedules.addEvidence(user, projectId, nodeId, Uploads.of(files, Upload::new));
    }

    @GetMapping("/nodes/{nodeId}/evidence")
    List<Evidence> list(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @PathVariable UUID nodeId) {
        return schedules.evidence(user.zoneId(), projectId, nodeId);
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @PathVariable UUID evidenceId) {
        return schedules
                .evidenceFile(user.zoneId(), projectId, evidenceId)
                .map(file -> Downloads.of(file.info().fileName(), file.info().contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
    }
}
