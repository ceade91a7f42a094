package com.parkops.investment.web;

import com.parkops.investment.ImportCounts;
import com.parkops.investment.InvestmentFigures;
import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectDraft;
import com.parkops.investment.ProjectFilter;
import com.parkops.investment.Stage;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The investment API: the import, the year's summary and the pipeline's steps. */
@RestController
@RequestMapping("/api/v1/investment")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class InvestmentApiController {

    /** A step: the stage and date for an advance, the reason for a loss or pause. */
    record StepRequest(Stage stage, LocalDate on, String reason, String creditCode, Integer version) {

        int v() {
            return version == null ? 0 : version;
        }
    }

    /** A project as posted: {@link ProjectDraft} with every field optional. */
    record ProjectRequest(
            String code,
            String name,
            String investor,
            String investorCountry,
            String investorContact,
            com.parkops.investment.CapitalSource capitalSource,
            java.math.BigDecimal amount,
            String chain,
            UUID teamId,
            String ownerName,
            Boolean nicheLeader,
            Boolean listedCompany,
            java.math.BigDecimal landMu,
            java.math.BigDecimal fundsInPlace,
            String note,
            Stage stage,
            LocalDate stageOn,
            Integer version) {

        ProjectDraft draft() {
            return new ProjectDraft(
                    code,
                    name,
                    investor,
                    investorCountry,
                    investorContact,
                    capitalSource,
                    amount,
                    chain,
                    teamId,
                    ownerName,
                    Boolean.TRUE.equals(nicheLeader),
                    Boolean.TRUE.equals(listedCompany),
                    landMu,
                    fundsInPlace,
                    note,
                    stage,
                    stageOn,
                    version == null ? 0 : version);
        }
    }

    /** The id of a created project. */
    record Created(UUID id) {}

    private final PipelineCommands commands;
    private final PipelineQueries queries;
    private final InvestmentFigures figures;
    private final MessageSourceAccessor messages;

    InvestmentApiController(
            PipelineCommands commands, PipelineQueries queries, InvestmentFigures figures, MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.figures = figures;
        this.messages = new MessageSourceAccessor(messages);
    }

    @PostMapping("/projects/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ImportCounts importFile(@AuthenticationPrincipal ZoneUser user, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream input = file.getInputStream()) {
            return commands.importFile(user.zoneId(), user.getUsername(), input);
        }
    }

    @GetMapping("/summary")
    SummaryJson summary(@AuthenticationPrincipal ZoneUser user, @RequestParam int year) {
        return SummaryJson.of(figures.summary(user.zoneId(), year));
    }

    @GetMapping("/projects")
    List<ProjectJson> projects(@AuthenticationPrincipal ZoneUser user) {
        return queries.all(user.zoneId(), ProjectFilter.any()).stream()
                .map(ProjectJson::of)
                .toList();
    }

    @GetMapping("/projects/{id}")
    ProjectJson project(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return queries.find(user.zoneId(), id)
                .map(ProjectJson::of)
                .orElseThrow(() -> new NotFoundException(messages.getMessage("investment.error.notFound")));
    }

    @PostMapping("/projects")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@AuthenticationPrincipal ZoneUser user, @RequestBody ProjectRequest request) {
        return new Created(commands.create(user.zoneId(), user.getUsername(), request.draft()));
    }

    @PutMapping("/projects/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ProjectJson update(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody ProjectRequest request) {
        commands.update(user.zoneId(), user.getUsername(), id, request.draft());
        return project(user, id);
    }

    @PostMapping("/projects/{id}/{step}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ProjectJson step(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String step,
            @RequestBody StepRequest request) {
        String actor = user.getUsername();
        switch (step) {
            case "advance" -> commands.advance(user.zoneId(), actor, id, request.stage(), request.on(), request.v());
            case "lose" -> commands.lose(user.zoneId(), actor, id, request.reason(), request.v());
            case "pause" -> commands.pause(user.zoneId(), actor, id, request.reason(), request.v());
            case "resume" -> commands.resume(user.zoneId(), actor, id, request.v());
            case "enterprise" ->
                commands.linkEnterprise(user.zoneId(), actor, id, blankToNull(request.creditCode()), request.v());
            default -> throw new NotFoundException(messages.getMessage("investment.error.notFound"));
        }
        return project(user, id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
