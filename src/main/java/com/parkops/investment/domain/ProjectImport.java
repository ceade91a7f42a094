package com.parkops.investment.domain;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.ImportCounts;
import com.parkops.investment.ProjectStageChanged;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.ColumnSheet;
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
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The project import: every row is checked first and only a file without a single error is
 * written. An existing code is updated: a column left out of the file keeps what is recorded, the
 * stage is set as the file says (dates of later stages are cleared when it moves back), a lost or
 * paused outcome stays. A foreign project takes the zone's USD rate when it first becomes foreign.
 */
@Component
class ProjectImport {

    private final ProjectReads reads;
    private final ProjectStore store;
    private final ProjectAudit audit;
    private final InvestmentSettingsStore settings;
    private final InvestmentMessages messages;
    private final ApplicationEventPublisher events;
    private final Zones zones;

    ProjectImport(
            ProjectReads reads,
            ProjectStore store,
            ProjectAudit audit,
            InvestmentSettingsStore settings,
            InvestmentMessages messages,
            ApplicationEventPublisher events,
            Zones zones) {
        this.reads = reads;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.zones = zones;
    }

    ImportCounts run(UUID zoneId, String actor, InputStream file) throws IOException {
        ColumnSheet<ProjectColumn> sheet = ColumnSheet.read(
                file,
                ProjectColumn.class,
                ProjectColumn.EXPORT_ONLY,
                (field, problem, args) -> messages.error(1, field, "investment.import." + problem.key(), args));
        List<InputError> errors = new ArrayList<>(sheet.headerErrors());
        List<ImportedRow> plan = new ArrayList<>();
        if (errors.isEmpty()) {
            LocalDate today = zones.today(zoneId);
            Map<String, Integer> seen = new HashMap<>();
            for (ColumnSheet.Row<ProjectColumn> row : sheet.rows()) {
                String code = row.cell(ProjectColumn.CODE);
                Integer first = code.isEmpty() ? null : seen.putIfAbsent(code, row.number());
                if (first != null) {
                    errors.add(messages.error(row.number(), "code", "investment.import.duplicateCode", code, first));
                }
                ImportedRow.read(row, today, messages, errors).ifPresent(plan::add);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(ColumnSheet.errorOrder(ProjectColumn.class));
            throw new InvalidInputException(messages.text("investment.import.refused", errors.size()), errors);
        }
        Set<ProjectColumn> present = sheet.columns();
        BigDecimal rate = settings.settings(zoneId).usdRate();
        int created = 0;
        for (ImportedRow row : plan) {
            var before = reads.findByCode(zoneId, row.code());
            if (before.isEmpty()) {
                create(zoneId, actor, row, rate);
                created++;
            } else {
                update(zoneId, actor, row, present, before.get(), rate);
            }
        }
        return new ImportCounts(created, plan.size() - created);
    }

    private void create(UUID zoneId, String actor, ImportedRow row, BigDecimal rate) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", row.code());
        columns.put("name", row.name());
        columns.put("investor", row.investor());
        columns.put("capital_source", row.source().name());
        columns.put("currency", row.source().currency());
        columns.put("usd_rate", row.source() == CapitalSource.FOREIGN ? rate : null);
        columns.put("amount", row.amount());
        columns.put("chain", row.chain());
        columns.put("funds_in_place", row.fundsInPlace());
        columns.put("stage", row.stage().name());
        row.dates().forEach((stage, on) -> columns.put(StageColumns.of(stage), on));
        UUID id = UUID.randomUUID();
        store.insert(zoneId, id, actor, columns);
        LocalDate on = row.dates().get(row.stage());
        store.log(zoneId, id, "IMPORT", null, row.stage(), on, null, actor);
        ProjectView after = reads.find(zoneId, id).orElseThrow();
        audit.record(zoneId, actor, row.code(), "import.create", row.name(), null, after);
        events.publishEvent(new ProjectStageChanged(zoneId, id, null, row.stage(), on));
    }

    private void update(
            UUID zoneId,
            String actor,
            ImportedRow row,
            Set<ProjectColumn> present,
            ProjectView before,
            BigDecimal rate) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", row.name());
        columns.put("capital_source", row.source().name());
        columns.put("currency", row.source().currency());
        columns.put(
                "usd_rate",
                row.source() != CapitalSource.FOREIGN ? null : before.usdRate() != null ? before.usdRate() : rate);
        columns.put("stage", row.stage().name());
        if (present.contains(ProjectColumn.INVESTOR)) {
            columns.put("investor", row.investor());
        }
        if (present.contains(ProjectColumn.AMOUNT)) {
            columns.put("amount", row.amount());
        }
        if (present.contains(ProjectColumn.CHAIN)) {
            columns.put("chain", row.chain());
        }
        if (present.contains(ProjectColumn.FUNDS_IN_PLACE)) {
            columns.put("funds_in_place", row.fundsInPlace());
        }
        Map<ProjectColumn, Stage> dateColumns = Map.of(
                ProjectColumn.SIGNED_ON, Stage.SIGNED,
                ProjectColumn.STARTED_ON, Stage.STARTED,
                ProjectColumn.PRODUCTION_ON, Stage.IN_PRODUCTION);
        dateColumns.forEach((column, stage) -> {
            if (present.contains(column)) {
                columns.put(StageColumns.of(stage), row.dates().get(stage));
            }
        });
        for (Stage later : Stage.values()) {
            if (later.compareTo(row.stage()) > 0) {
                columns.put(StageColumns.of(later), null);
            }
        }
        store.update(zoneId, before.id(), before.version(), columns);
        ProjectView after = reads.find(zoneId, before.id()).orElseThrow();
        if (ProjectAudit.snapshot(before).equals(ProjectAudit.snapshot(after))) {
            return;
        }
        LocalDate on = after.stageDates().get(row.stage());
        store.log(zoneId, before.id(), "IMPORT", before.stage(), row.stage(), on, null, actor);
        audit.record(zoneId, actor, before.code(), "import.update", after.name(), before, after);
        if (row.stage().compareTo(before.stage()) > 0) {
            events.publishEvent(new ProjectStageChanged(zoneId, before.id(), before.stage(), row.stage(), on));
        }
    }
}
