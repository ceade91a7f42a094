package com.parkops.registry.domain;

import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Qualifications, read with their status as of a given day. */
@Repository
class QualificationStore {

    private static final String SELECT = """
            select id, enterprise_id, kind, level, certificate_no, issued_on, expires_on, status, note, version
            from registry.qualification
            """;

    private final JdbcClient jdbc;

    QualificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The qualifications of the given enterprises, grouped by enterprise id. */
    Map<UUID, List<Qualification>> byEnterprise(
            UUID zoneId, Collection<UUID> enterpriseIds, LocalDate today, int alertDays) {
        Map<UUID, List<Qualification>> result = new LinkedHashMap<>();
        if (enterpriseIds.isEmpty()) {
            return result;
        }
        jdbc.sql(SELECT + " where zone_id = :zone and enterprise_id in (:ids) order by kind, expires_on nulls last")
                .param("zone", zoneId)
                .param("ids", enterpriseIds)
                .query(rs -> {
                    UUID enterprise = rs.getObject("enterprise_id", UUID.class);
                    result.computeIfAbsent(enterprise, id -> new java.util.ArrayList<>())
                            .add(map(rs, today, alertDays));
                });
        return result;
    }

    Optional<Qualification> find(UUID zoneId, UUID enterpriseId, UUID id, LocalDate today, int alertDays) {
        return jdbc.sql(SELECT + " where zone_id = :zone and enterprise_id = :enterprise and id = :id")
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("id", id)
                .query((rs, n) -> map(rs, today, alertDays))
                .optional();
    }

    void insert(UUID zoneId, UUID enterpriseId, UUID id, QualificationData data) {
        jdbc.sql("""
                        insert into registry.qualification
                            (zone_id, id, enterprise_id, kind, level, certificate_no, issued_on, expires_on, status, note)
                        values (:zone, :id, :enterprise, :kind, :level, :certificate, :issued, :expires, :status, :note)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("enterprise", enterpriseId)
                .params(columns(data))
                .update();
    }

    void update(UUID zoneId, UUID enterpriseId, UUID id, int expectedVersion, QualificationData data) {
        int rows = jdbc.sql("""
                        update registry.qualification
                        set kind = :kind, level = :level, certificate_no = :certificate, issued_on = :issued,
                            expires_on = :expires, status = :status, note = :note, version = version + 1
                        where zone_id = :zone and enterprise_id = :enterprise and id = :id and version = :version
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("enterprise", enterpriseId)
                .param("version", expectedVersion)
                .params(columns(data))
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Qualification " + id + " changed meanwhile");
        }
    }

    private static Map<String, Object> columns(QualificationData data) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", data.kind().name());
        params.put("level", data.level() == null ? null : data.level().name());
        params.put("certificate", data.certificateNo());
        params.put("issued", data.issuedOn());
        params.put("expires", data.expiresOn());
        params.put("status", data.status().name());
        params.put("note", data.note());
        return params;
    }

    static Qualification map(ResultSet rs, LocalDate today, int alertDays) throws SQLException {
        LocalDate expires = EnterpriseRows.localDate(rs.getDate("expires_on"));
        QualificationStatus status = QualificationStatus.valueOf(rs.getString("status"));
        boolean lapsed = status == QualificationStatus.VALID && expires != null && expires.isBefore(today);
        boolean expiring = status == QualificationStatus.VALID
                && expires != null
                && !expires.isBefore(today)
                && !expires.isAfter(today.plusDays(alertDays));
        String level = rs.getString("level");
        return new Qualification(
                rs.getObject("id", UUID.class),
                QualificationKind.valueOf(rs.getString("kind")),
                level == null ? null : QualificationLevel.valueOf(level),
                rs.getString("certificate_no"),
                EnterpriseRows.localDate(rs.getDate("issued_on")),
                expires,
                status,
                rs.getString("note"),
                rs.getInt("version"),
                lapsed ? QualificationStatus.EXPIRED : status,
                expiring);
    }
}
