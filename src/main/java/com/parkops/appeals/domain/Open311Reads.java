package com.parkops.appeals.domain;

import com.parkops.appeals.Open311Requests.Query;
import com.parkops.appeals.Open311Requests.ServiceRequest;
import com.parkops.appeals.Open311Requests.Source;
import com.parkops.zone.Users;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the zone's Open311 appeals as service requests. {@code status_notes} is the text of the
 * latest reply, closing or merge; {@code updated} the time of the latest handling step.
 */
@Component
class Open311Reads {

    private static final String SELECT = """
            select a.case_number, a.state, a.content, a.received_at, a.deadline, a.department_id,
                   c.code, c.name, r.token, r.lat, r.long, r.address_string, r.address_id, r.media_url,
                   (select e.text from appeals.appeal_event e
                     where e.zone_id = a.zone_id and e.appeal_id = a.id and e.kind in ('REPLY', 'CLOSE', 'MERGE')
                       and e.text is not null
                     order by e.seq desc limit 1) as notes,
                   (select max(e.at) from appeals.appeal_event e
                     where e.zone_id = a.zone_id and e.appeal_id = a.id) as updated
            from appeals.appeal a
            join appeals.open311_request r on r.zone_id = a.zone_id and r.appeal_id = a.id
            join appeals.category c on c.zone_id = a.zone_id and c.id = a.category_id
            where a.zone_id = :zone and a.channel = 'OPEN311'
            """;

    private final JdbcClient jdbc;
    private final Users users;
    private final MessageSource messages;

    Open311Reads(JdbcClient jdbc, Users users, MessageSource messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
    }

    List<ServiceRequest> find(UUID zoneId, Query query) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("zone", zoneId);
        if (!query.ids().isEmpty()) {
            sql.append(" and a.case_number in (:ids)");
            params.put("ids", query.ids());
        } else {
            if (query.serviceCode() != null) {
                sql.append(" and c.code = :code");
                params.put("code", query.serviceCode());
            }
            if (query.from() != null) {
                sql.append(" and a.received_at >= :from");
                params.put("from", Timestamp.from(query.from()));
            }
            if (query.until() != null) {
                sql.append(" and a.received_at < :until");
                params.put("until", Timestamp.from(query.until()));
            }
            if (query.open() != null) {
                sql.append(query.open() ? " and a.state <> 'CLOSED'" : " and a.state = 'CLOSED'");
            }
        }
        sql.append(" order by a.received_at desc, a.case_number desc limit :limit");
        params.put("limit", query.limit());
        return read(zoneId, sql.toString(), params);
    }

    Optional<ServiceRequest> byToken(UUID zoneId, String token) {
        return read(zoneId, SELECT + " and r.token = :token", Map.of("zone", zoneId, "token", token)).stream()
                .findFirst();
    }

    Optional<Source> source(UUID zoneId, UUID appealId) {
        return jdbc.sql("""
                        select k.name, r.address_string, r.address_id, r.lat, r.long, r.media_url, r.email,
                               r.first_name, r.last_name, r.phone, r.device_id, r.account_id
                        from appeals.open311_request r
                        join appeals.open311_key k on k.zone_id = r.zone_id and k.id = r.key_id
                        where r.zone_id = :zone and r.appeal_id = :appeal
                        """)
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query((rs, n) -> new Source(
                        rs.getString("name"),
                        rs.getString("address_string"),
                        rs.getString("address_id"),
                        decimal(rs, "lat"),
                        decimal(rs, "long"),
                        rs.getString("media_url"),
                        rs.getString("email"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("phone"),
                        rs.getString("device_id"),
                        rs.getString("account_id")))
                .optional();
    }

    private List<ServiceRequest> read(UUID zoneId, String sql, Map<String, Object> params) {
        Map<UUID, String> departments = new HashMap<>();
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> row(zoneId, rs, departments))
                .list();
    }

    private ServiceRequest row(UUID zoneId, ResultSet rs, Map<UUID, String> departments) throws SQLException {
        UUID department = rs.getObject("department_id", UUID.class);
        String agency = department == null
                ? null
                : departments.computeIfAbsent(
                        department,
                        id -> users.department(zoneId, id)
                                .map(Users.Department::name)
                                .orElse(null));
        String code = rs.getString("code");
        return new ServiceRequest(
                rs.getString("case_number"),
                !"CLOSED".equals(rs.getString("state")),
                rs.getString("notes"),
                messages.getMessage(
                        "appeals.category." + code, null, rs.getString("name"), LocaleContextHolder.getLocale()),
                code,
                rs.getString("content"),
                agency,
                instant(rs.getObject("received_at", OffsetDateTime.class)),
                instant(rs.getObject("updated", OffsetDateTime.class)),
                instant(rs.getObject("deadline", OffsetDateTime.class)),
                rs.getString("address_string"),
                rs.getString("address_id"),
                decimal(rs, "lat"),
                decimal(rs, "long"),
                rs.getString("media_url"),
                rs.getString("token"));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(value);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
