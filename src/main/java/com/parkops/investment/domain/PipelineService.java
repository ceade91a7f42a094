package com.parkops.investment.domain;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.ImportCounts;
import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.PipelineCommands;
import com.parkops.investment.ProjectDraft;
import com.parkops.investment.ProjectStageChanged;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Zones;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline's steps taken by staff: each one checked, written, logged, audited and published. */
@Service
@Transactional
class PipelineService implements PipelineCommands {

    private final ProjectReads reads;
    private final ProjectStore store;
    private final ProjectAudit audit;
    private final DraftChecks checks;
    private final InvestmentSettingsStore settings;
    private final InvestmentMessages messages;
    private final ApplicationEventPublisher events;
    private final Zones zones;
    private final ProjectImport imports;
    private final InvestmentProjects projects;
    private final EnterpriseQueries registry;

    PipelineService(
            ProjectReads reads,
            ProjectStore store,
            ProjectAudit audit,
            DraftChecks checks,
            InvestmentSettingsStore settings,
            InvestmentMessages messages,
            ApplicationEventPublisher events,
            Zones zones,
            ProjectImport imports,
            InvestmentProjects projects,
            EnterpriseQueries registry) {
        this.reads = reads;
        this.store = store;
        this.audit = audit;
        this.checks = checks;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.zones = zones;
        this.imports = imports;
        this.projects = projects;
        this.registry = registry;
    }

    @Override
    public UUID create(UUID zoneId, String actor, ProjectDraft draft) {
        List<InputError> errors = new ArrayList<>(checks.check(zoneId, draft));
        String code = DraftChecks.blank(draft.code())
                ? nextCode(zoneId)
                : draft.code().strip();
        if (reads.findByCode(zoneId, code).isPresent()) {
            errors.add(messages.error(null, "code", "investment.error.codeTaken", code));
        }
        Stage stage = draft.stage() == null ? Stage.LEAD : draft.stage();
        PipelineRules.date(Map.of(), stage, draft.stageOn(), zones.today(zoneId))
                .ifPresent(key -> errors.add(messages.error(null, "stageOn", key)));
        messages.refuse(errors);
        Map<String, Object> columns = details(zoneId, draft, null);
        columns.put("code", code);
        columns.put("stage", stage.name());
        columns.put(StageColumns.of(stage), draft.stageOn());
        UUID id = UUID.randomUUID();
        store.insert(zoneId, id, actor, columns);
        store.log(zoneId, id, "CREATE", null, stage, draft.stageOn(), null, actor);
        ProjectView created = reads.find(zoneId, id).orElseThrow();
        audit.record(zoneId, actor, code, "create", created.name(), null, created);
        events.publishEvent(new ProjectStageChanged(zoneId, id, null, stage, draft.stageOn()));
        return id;
    }

    @Override
    public void update(UUID zoneId, String actor, UUID projectId, ProjectDraft draft) {
        ProjectView before = project(zoneId, projectId);
        List<InputError> errors = new ArrayList<>(checks.check(zoneId, draft));
        String code =
                DraftChecks.blank(draft.code()) ? before.code() : draft.code().strip();
        if (!code.equals(before.code()) && reads.findByCode(zoneId, code).isPresent()) {
            errors.add(messages.error(null, "code", "investment.error.codeTaken", code));
        }
        messages.refuse(errors);
        Map<String, Object> columns = details(zoneId, draft, before);
        columns.put("code", code);
        store.update(zoneId, projectId, draft.version(), columns);
        store.log(zoneId, projectId, "EDIT", null, null, null, null, actor);
        ProjectView after = project(zoneId, projectId);
        audit.record(zoneId, actor, before.code(), "update", after.name(), before, after);
    }

    @Override
    public void advance(UUID zoneId, String actor, UUID projectId, Stage to, LocalDate on, int version) {
        ProjectView before = project(zoneId, projectId);
        if (to == null) {
            messages.refuse(List.of(messages.error(null, "stage", "investment.error.required")));
        }
        refuseConflict(PipelineRules.advance(before, to));
        PipelineRules.date(before.stageDates(), to, on, zones.today(zoneId))
                .ifPresent(key -> messages.refuse(List.of(messages.error(null, "on", key))));
        Map<String, Object> columns = new HashMap<>();
        columns.put("stage", to.name());
        columns.put(StageColumns.of(to), on);
        store.update(zoneId, projectId, version, columns);
        store.log(zoneId, projectId, "ADVANCE", before.stage(), to, on, null, actor);
        ProjectView after = project(zoneId, projectId);
        audit.record(zoneId, actor, before.code(), "advance", after.name(), before, after);
        events.publishEvent(new ProjectStageChanged(zoneId, projectId, before.stage(), to, on));
    }

    @Override
    public void lose(UUID zoneId, String actor, UUID projectId, String reason, int version) {
        close(zoneId, actor, projectId, reason, version, "LOST");
    }

    @Override
    public void pause(UUID zoneId, String actor, UUID projectId, String reason, int version) {
        close(zoneId, actor, projectId, reason, version, "PAUSED");
    }

    private void close(UUID zoneId, String actor, UUID projectId, String reason, int version, String as) {
        ProjectView before = project(zoneId, projectId);
        refuseConflict("LOST".equals(as) ? PipelineRules.lose(before) : PipelineRules.pause(before));
        if (DraftChecks.blank(reason)) {
            messages.refuse(List.of(messages.error(null, "reason", "investment.error.required")));
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("closed_as", as);
        columns.put("closed_reason", reason.strip());
        store.update(zoneId, projectId, version, columns);
        String kind = "LOST".equals(as) ? "LOSE" : "PAUSE";
        store.log(zoneId, projectId, kind, before.stage(), null, zones.today(zoneId), reason.strip(), actor);
        ProjectView after = project(zoneId, projectId);
        audit.record(
                zoneId, actor, before.code(), kind.toLowerCase(java.util.Locale.ROOT), after.name(), before, after);
    }

    @Override
    public void resume(UUID zoneId, String actor, UUID projectId, int version) {
        ProjectView before = project(zoneId, projectId);
        refuseConflict(PipelineRules.resume(before));
        Map<String, Object> columns = new HashMap<>();
        columns.put("closed_as", null);
        columns.put("closed_reason", null);
        store.update(zoneId, projectId, version, columns);
        store.log(zoneId, projectId, "RESUME", before.stage(), null, zones.today(zoneId), null, actor);
        ProjectView after = project(zoneId, projectId);
        audit.record(zoneId, actor, before.code(), "resume", after.name(), before, after);
    }

    @Override
    public void linkEnterprise(UUID zoneId, String actor, UUID projectId, String creditCode, int version) {
        ProjectView project = project(zoneId, projectId);
        String code = DraftChecks.trimmed(creditCode);
        if (code != null && registry.find(zoneId, code).isEmpty()) {
            messages.refuse(List.of(messages.error(null, "creditCode", "investment.error.unknownEnterprise", code)));
        }
        String before = projects.find(zoneId, projectId).orElseThrow().creditCode();
        Map<String, Object> columns = new HashMap<>();
        columns.put("credit_code", code);
        store.update(zoneId, projectId, version, columns);
        store.log(zoneId, projectId, "EDIT", null, null, null, null, actor);
        audit.linked(zoneId, actor, project.code(), project.name(), before, code);
    }

    @Override
    public ImportCounts importFile(UUID zoneId, String actor, InputStream file) throws IOException {
        return imports.run(zoneId, actor, file);
    }

    /** The columns of the hand-entered details; a USD project keeps its rate unless it was CNY before. */
    private Map<String, Object> details(UUID zoneId, ProjectDraft draft, ProjectView before) {
        CapitalSource source = draft.capitalSource();
        BigDecimal rate = null;
        if (source == CapitalSource.FOREIGN) {
            rate = before != null && before.usdRate() != null
                    ? before.usdRate()
                    : settings.settings(zoneId).usdRate();
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", draft.name().strip());
        columns.put("investor", DraftChecks.trimmed(draft.investor()));
        columns.put("investor_country", DraftChecks.trimmed(draft.investorCountry()));
        columns.put("investor_contact", DraftChecks.trimmed(draft.investorContact()));
        columns.put("capital_source", source.name());
        columns.put("currency", source.currency());
        columns.put("amount", draft.amount());
        columns.put("usd_rate", rate);
        columns.put("chain", DraftChecks.trimmed(draft.chain()));
        columns.put("team_id", draft.teamId());
        columns.put("owner_name", DraftChecks.trimmed(draft.ownerName()));
        columns.put("niche_leader", draft.nicheLeader());
        columns.put("listed_company", draft.listedCompany());
        columns.put("land_mu", draft.landMu());
        columns.put("funds_in_place", draft.fundsInPlace());
        columns.put("note", DraftChecks.trimmed(draft.note()));
        return columns;
    }

    private ProjectView project(UUID zoneId, UUID projectId) {
        return reads.find(zoneId, projectId)
                .orElseThrow(() -> new NotFoundException(messages.text("investment.error.notFound")));
    }

    private void refuseConflict(Optional<String> refusal) {
        refusal.ifPresent(key -> {
            throw new ConflictException(messages.text(key));
        });
    }

    private String nextCode(UUID zoneId) {
        String prefix = "ZS" + zones.today(zoneId).getYear();
        int n = 1;
        while (reads.findByCode(zoneId, prefix + String.format("%03d", n)).isPresent()) {
            n++;
        }
        return prefix + String.format("%03d", n);
    }
}
