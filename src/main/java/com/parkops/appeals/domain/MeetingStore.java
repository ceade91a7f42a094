package com.parkops.appeals.domain;

import com.parkops.appeals.Channel;
import com.parkops.appeals.Meeting;
import com.parkops.appeals.NewMeeting;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings and their participants in the {@code appeals} schema. */
@Component
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID zoneId, UUID id, NewMeeting m, List<Meeting.Participant> participants, String actor) {
        jdbc.sql("""
                insert into appeals.meeting (zone_id, id, kind, held_on, place, host, officials, minutes, created_by)
                values (:zone, :id, :kind, :heldOn, :place, :host, :officials, :minutes, :actor)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("kind", m.kind().name())
                .param("heldOn", Date.valueOf(m.heldOn()))
                .param("place", blankToNull(m.place()))
                .param("host", m.host().strip())
                .param("officials", blankToNull(m.officials()))
                .param("minutes", blankToNull(m.minutes()))
                .param("actor", actor)
                .update();
        int position = 0;
        for (Meeting.Participant p : participants) {
            jdbc.sql("""
                    insert into appeals.meeting_enterprise (zone_id, meeting_id, position, enterprise_id, credit_code,
                        enterprise_name)
                    values (:zone, :meeting, :position, :enterprise, :code, :name)
                    """)
                    .param("zone", zoneId)
                    .param("meeting", id)
                    .param("position", position++)
                    .param("enterprise", p.enterpriseId())
                    .param("code", p.creditCode())
                    .param("name", p.name())
                    .update();
        }
    }

    List<Meeting> list(UUID zoneId) {
        return read(zoneId, null);
    }

    Optional<Meeting> find(UUID zoneId, UUID id) {
        return read(zoneId, id).stream().findFirst();
    }

    private List<Meeting> read(UUID zoneId, UUID only) {
        Map<UUID, List<Meeting.Participant>> participants = new HashMap<>();
        jdbc.sql("""
                select meeting_id, enterprise_id, credit_code, enterprise_name from appeals.meeting_enterprise
                where zone_id = :zone and (cast(:only as uuid) is null or meeting_id = :only)
                order by meeting_id, position
                """).param("zone", zoneId).param("only", only).query(rs -> {
            participants
                    .computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new ArrayList<>())
                    .add(new Meeting.Participant(
                            rs.getObject("enterprise_id", UUID.class),
                            rs.getString("credit_code"),
                            rs.getString("enterprise_name")));
        });
        return jdbc.sql("""
                select m.*, (select count(*) from appeals.appeal a where a.zone_id = m.zone_id and a.meeting_id = m.id)
                    as appeals
                from appeals.meeting m
                where m.zone_id = :zone and (cast(:only as uuid) is null or m.id = :only)
                order by m.held_on desc, m.created_at desc
                limit 500
                """)
                .param("zone", zoneId)
                .param("only", only)
                .query((rs, n) -> meeting(rs, participants))
                .list();
    }

    private static Meeting meeting(ResultSet rs, Map<UUID, List<Meeting.Participant>> participants)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Meeting(
                id,
                Channel.valueOf(rs.getString("kind")),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("place"),
                rs.getString("host"),
                rs.getString("officials"),
                rs.getString("minutes"),
                participants.getOrDefault(id, List.of()),
                rs.getString("created_by"),
                AppealStore.instant(rs, "created_at"),
                rs.getInt("appeals"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
