package com.parkops.investment.domain;

import com.parkops.investment.ContractRegister;
import com.parkops.investment.Stage;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Zones;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts in {@code investment.contract}, one per project, with optimistic locking. */
@Service
class JdbcContractRegister implements ContractRegister {

    private static final String SELECT = """
            select c.*, p.currency from investment.contract c
            join investment.project p on p.zone_id = c.zone_id and p.id = c.project_id
            where c.zone_id = :zone and c.project_id = :project
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContestMessages messages;
    private final Zones zones;
    private final Clock clock;

    JdbcContractRegister(JdbcClient jdbc, AuditLog audit, ContestMessages messages, Zones zones, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public ProjectContract find(UUID zoneId, UUID projectId) {
        return jdbc.sql("""
                        select id, code, name, investor, currency, land_mu, stage from investment.project
                        where zone_id = :zone and id = :project
                        """)
                .param("zone", zoneId)
                .param("project", projectId)
                .query((rs, n) -> new ProjectContract(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("investor"),
                        rs.getString("currency"),
                        rs.getBigDecimal("land_mu"),
                        Stage.valueOf(rs.getString("stage")),
                        contract(zoneId, projectId).orElse(null)))
                .optional()
                .orElseThrow(() -> new NotFoundException(messages.text("contract.error.noProject")));
    }

    @Override
    @Transactional
    public Contract save(UUID zoneId, UUID projectId, ContractData data, String actor) {
        ProjectContract project = find(zoneId, projectId);
        ContestMessages.Errors errors = messages.errors();
        ContractChecks.check(data, zones.today(zoneId), errors);
        if (!errors.has("contractNo")
                && numberTaken(zoneId, projectId, data.contractNo().strip())) {
            errors.add("contractNo", "contract.error.numberTaken");
        }
        errors.refuse();
        Contract before = project.contract();
        Instant now = clock.instant();
        if (before == null) {
            insert(zoneId, projectId, data, actor, now);
        } else {
            update(zoneId, projectId, data, actor, now, before.version());
        }
        Contract after = contract(zoneId, projectId).orElseThrow();
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                projectId.toString(),
                before == null ? "create" : "update",
                project.projectCode() + " " + after.contractNo(),
                AuditEntry.diff(before == null ? Map.of() : snapshot(before), snapshot(after))));
        return after;
    }

    private void insert(UUID zoneId, UUID projectId, ContractData data, String actor, Instant now) {
        bind(jdbc.sql("""
                        insert into investment.contract (zone_id, project_id, contract_no, signed_on, investor,
                            amount, land_mu, promised_intensity, promised_tax_per_mu, promised_output,
                            planned_start_on, planned_production_on, note, version, created_by, created_at)
                        values (:zone, :project, :no, :signed, :investor, :amount, :land, :intensity, :tax, :output,
                            :start, :production, :note, 1, :actor, :now)
                        """), zoneId, projectId, data, actor, now).update();
    }

    private void update(UUID zoneId, UUID projectId, ContractData data, String actor, Instant now, int stored) {
        if (data.version() == null || data.version() != stored) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        int written = bind(jdbc.sql("""
                        update investment.contract set contract_no = :no, signed_on = :signed, investor = :investor,
                            amount = :amount, land_mu = :land, promised_intensity = :intensity,
                            promised_tax_per_mu = :tax, promised_output = :output, planned_start_on = :start,
                            planned_production_on = :production, note = :note, version = version + 1,
                            updated_by = :actor, updated_at = :now
                        where zone_id = :zone and project_id = :project and version = :version
                        """), zoneId, projectId, data, actor, now)
                .param("version", stored)
                .update();
        if (written == 0) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, UUID zoneId, UUID projectId, ContractData data, String actor, Instant now) {
        return sql.param("zone", zoneId)
                .param("project", projectId)
                .param("no", data.contractNo().strip())
                .param("signed", data.signedOn())
                .param("investor", data.investor().strip())
                .param("amount", data.amount())
                .param("land", data.landMu())
                .param("intensity", data.promisedIntensity())
                .param("tax", data.promisedTaxPerMu())
                .param("output", data.promisedOutput())
                .param("start", data.plannedStartOn())
                .param("production", data.plannedProductionOn())
                .param(
                        "note",
                        data.note() == null || data.note().isBlank()
                                ? null
                                : data.note().strip())
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
    }

    private boolean numberTaken(UUID zoneId, UUID projectId, String number) {
        return jdbc.sql("""
                        select count(*) from investment.contract
                        where zone_id = :zone and contract_no = :no and project_id <> :project
                        """)
                        .param("zone", zoneId)
                        .param("no", number)
                        .param("project", projectId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Contract> contract(UUID zoneId, UUID projectId) {
        return jdbc.sql(SELECT)
                .param("zone", zoneId)
                .param("project", projectId)
                .query(JdbcContractRegister::contract)
                .optional();
    }

    private static Contract contract(ResultSet rs, int n) throws SQLException {
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        String updatedBy = rs.getString("updated_by");
        return new Contract(
                rs.getObject("project_id", UUID.class),
                rs.getString("contract_no"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getString("investor"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getBigDecimal("land_mu"),
                rs.getBigDecimal("promised_intensity"),
                rs.getBigDecimal("promised_tax_per_mu"),
                rs.getBigDecimal("promised_output"),
                rs.getObject("planned_start_on", LocalDate.class),
                rs.getObject("planned_production_on", LocalDate.class),
                rs.getString("note"),
                rs.getInt("version"),
                updatedBy == null ? rs.getString("created_by") : updatedBy,
                (updated == null ? created : updated).toInstant());
    }

    private static Map<String, Object> snapshot(Contract c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("contractNo", c.contractNo());
        map.put("signedOn", c.signedOn());
        map.put("investor", c.investor());
        map.put("amount", c.amount());
        map.put("landMu", c.landMu());
        map.put("promisedIntensity", c.promisedIntensity());
        map.put("promisedTaxPerMu", c.promisedTaxPerMu());
        map.put("promisedOutput", c.promisedOutput());
        map.put("plannedStartOn", c.plannedStartOn());
        map.put("plannedProductionOn", c.plannedProductionOn());
        map.put("note", c.note());
        return map;
    }
}
