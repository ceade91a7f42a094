package com.parkops.zone.domain;

import com.parkops.zone.Notifications;
import com.parkops.zone.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-app inbox. */
@Service
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int toUsers(UUID zoneId, Collection<UUID> userIds, Message message) {
        int sent = 0;
        for (UUID userId : userIds) {
            sent += insert(zoneId, "u.id = :target", userId, message);
        }
        return sent;
    }

    @Override
    @Transactional
    public int toDepartment(UUID zoneId, UUID departmentId, Message message) {
        return insert(zoneId, "u.department_id = :target", departmentId, message);
    }

    @Override
    @Transactional
    public int toRole(UUID zoneId, Role role, Message message) {
        return insert(zoneId, "u.role = :target", role.name(), message);
    }

    private int insert(UUID zoneId, String recipients, Object target, Message message) {
        return jdbc.sql("""
                insert into zone.notification (zone_id, id, user_id, kind, subject, body, link)
                select u.zone_id, gen_random_uuid(), u.id, :kind, :subject, :body, :link
                from zone.user_account u
                where u.zone_id = :zone and u.enabled and %s
                """.formatted(recipients))
                .param("zone", zoneId)
                .param("target", target)
                .param("kind", message.kind())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("link", message.link())
                .update();
    }

    @Override
    public List<Notification> inbox(UUID zoneId, UUID userId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select * from zone.notification
                where zone_id = :zone and user_id = :user and (not :unreadOnly or read_at is null)
                order by created_at desc limit :limit
                """)
                .param("zone", zoneId)
                .param("user", userId)
                .param("unreadOnly", unreadOnly)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(JdbcNotifications::notification)
                .list();
    }

    @Override
    public int unreadCount(UUID zoneId, UUID userId) {
        return jdbc.sql("select count(*) from zone.notification where zone_id = :zone and user_id = :user"
                        + " and read_at is null")
                .param("zone", zoneId)
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    @Override
    @Transactional
    public void markRead(UUID zoneId, UUID userId, UUID notificationId) {
        jdbc.sql("update zone.notification set read_at = now() where zone_id = :zone and user_id = :user"
                        + " and id = :id and read_at is null")
                .param("zone", zoneId)
                .param("user", userId)
                .param("id", notificationId)
                .update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
