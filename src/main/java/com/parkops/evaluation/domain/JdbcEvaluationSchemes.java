package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** The shipped presets (resources {@code evaluation/presets/*.json}) and the zone's stored schemes. */
@Service
class JdbcEvaluationSchemes implements EvaluationSchemes {

    static final List<String> PRESET_KEYS = List.of("linhai-2014", "jingkaiqu", "huaian-2024");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final SchemeRules rules;
    private final EvaluationMessages messages;
    private final List<Preset> presets;

    JdbcEvaluationSchemes(
            JdbcClient jdbc, AuditLog audit, ObjectMapper json, SchemeRules rules, EvaluationMessages messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.rules = rules;
        this.messages = messages;
        this.presets = PRESET_KEYS.stream()
                .map(key -> new Preset(key, SchemeRules.withDefaults(readPreset(key))))
                .toList();
    }

    private Scheme readPreset(String key) {
        try (InputStream in = getClass().getResourceAsStream("/evaluation/presets/" + key + ".json")) {
            return json.readValue(in, Scheme.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Preset> presets() {
        return presets;
    }

    @Override
    public Optional<Preset> preset(String key) {
        return presets.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    @Override
    public Scheme validate(Scheme scheme) {
        return rules.validate(scheme);
    }

    @Override
    public List<StoredScheme> list(UUID zoneId) {
        return jdbc.sql("select * from evaluation.scheme where zone_id = :zone order by year desc, name")
                .param("zone", zoneId)
                .query(this::scheme)
                .list();
    }

    @Override
    public Optional<StoredScheme> find(UUID zoneId, UUID id) {
        return jdbc.sql("select * from evaluation.scheme where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query(this::scheme)
                .optional();
    }

    @Override
    @Transactional
    public StoredScheme create(UUID zoneId, String actor, int year, String name, Scheme scheme, String basedOn) {
        Scheme valid = named(rules.validate(scheme), name);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into evaluation.scheme (zone_id, id, year, name, body, based_on, created_by)
                    values (:zone, :id, :year, :name, cast(:body as jsonb), :basedOn, :actor)
                    """)
                    .param("zone", zoneId)
                    .param("id", id)
                    .param("year", year)
                    .param("name", name.strip())
                    .param("body", json.writeValueAsString(valid))
                    .param("basedOn", basedOn)
                    .param("actor", actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(messages.text("evaluation.scheme.nameTaken", String.valueOf(year), name));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "evaluation-scheme",
                id.toString(),
                "create",
                year + " " + name.strip(),
                AuditEntry.diff(Map.of(), snapshot(year, name.strip(), valid))));
        return find(zoneId, id).orElseThrow();
    }

    @Override
    @Transactional
    public StoredScheme update(UUID zoneId, String actor, UUID id, int version, int year, String name, Scheme scheme) {
        StoredScheme before = find(zoneId, id).orElseThrow(() -> new NotFoundException("scheme " + id));
        Scheme valid = named(rules.validate(scheme), name);
        int updated;
        try {
            updated = jdbc.sql("""
                    update evaluation.scheme
                    set year = :year, name = :name, body = cast(:body as jsonb), version = version + 1,
                        updated_at = now()
                    where zone_id = :zone and id = :id and version = :version
                    """)
                    .param("zone", zoneId)
                    .param("id", id)
                    .param("version", version)
                    .param("year", year)
                    .param("name", name.strip())
                    .param("body", json.writeValueAsString(valid))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(messages.text("evaluation.scheme.nameTaken", String.valueOf(year), name));
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException(messages.text("evaluation.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "evaluation-scheme",
                id.toString(),
                "update",
                year + " " + name.strip(),
                AuditEntry.diff(
                        snapshot(before.year(), before.name(), before.scheme()), snapshot(year, name.strip(), valid))));
        return find(zoneId, id).orElseThrow();
    }

    @Override
    @Transactional
    public void delete(UUID zoneId, String actor, UUID id) {
        StoredScheme before = find(zoneId, id).orElseThrow(() -> new NotFoundException("scheme " + id));
        jdbc.sql("delete from evaluation.scheme where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .update();
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "evaluation-scheme",
                id.toString(),
                "delete",
                before.year() + " " + before.name(),
                AuditEntry.diff(snapshot(before.year(), before.name(), before.scheme()), Map.of())));
    }

    private static Scheme named(Scheme scheme, String name) {
        return new Scheme(name.strip(), scheme.pools(), scheme.exemptions(), scheme.vetoItems());
    }

    private Map<String, Object> snapshot(int year, String name, Scheme scheme) {
        return Map.of("year", year, "name", name, "scheme", json.writeValueAsString(scheme));
    }

    private StoredScheme scheme(ResultSet rs, int row) throws SQLException {
        return new StoredScheme(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                rs.getString("name"),
                json.readValue(rs.getString("body"), Scheme.class),
                rs.getString("based_on"),
                rs.getInt("version"),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
