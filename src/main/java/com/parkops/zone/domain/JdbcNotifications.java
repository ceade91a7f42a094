package com.parkops.zone.domain;

import com.parkops.zone.Notifications;
import com.parkops.zone.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox. The rows one call writes share a batch id, announced after commit to {@link
 * NotificationDelivery} for e-mail and webhook delivery. A message written with keys is read back in
 * the reader's language ({@link LocaleContextHolder}); older rows and unknown keys show the stored text.
 */
@Service
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    JdbcNotifications(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    @Override
    @Transactional
    public int toUsers(UUID zoneId, Collection<UUID> userIds, Message message) {
        UUID batch = UUID.randomUUID();
        int sent = 0;
        for (UUID userId : new LinkedHashSet<>(userIds)) {
            sent += insert(zoneId, batch, "u.id = :target", userId, message);
        }
        return announced(zoneId, batch, sent);
    }

    @Override
    @Transactional
    public int toDepartment(UUID zoneId, UUID departmentId, Message message) {
        UUID batch = UUID.randomUUID();
        return announced(zoneId, batch, insert(zoneId, batch, "u.department_id = :target", departmentId, message));
    }

    @Override
    @Transactional
    public int toRole(UUID zoneId, Role role, Message message) {
        UUID batch = UUID.randomUUID();
        return announced(zoneId, batch, insert(zoneId, batch, "u.role = :target", role.name(), message));
    }

    private int announced(UUID zoneId, UUID batch, int sent) {
        if (sent > 0) {
            events.publishEvent(new NotificationsCreated(zoneId, batch));
        }
        return sent;
    }

    private int insert(UUID zoneId, UUID batch, String recipients, Object target, Message message) {
        return jdbc.sql("""
                insert into zone.notification
                    (zone_id, id, user_id, kind, subject, body, link, batch_id, subject_key, body_key, args)
                select u.zone_id, gen_random_uuid(), u.id, :kind, :subject, :body, :link, :batch,
                    :subjectKey, :bodyKey, :args
                from zone.user_account u
                where u.zone_id = :zone and u.enabled and %s
                """.formatted(recipients))
                .param("zone", zoneId)
                .param("batch", batch)
                .param("target", target)
                .param("kind", message.kind())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("link", message.link())
                .param("subjectKey", message.subjectKey())
                .param("bodyKey", message.bodyKey())
                .param("args", message.args().toArray(String[]::new))
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
                .query(this::notification)
                .list();
    }

    @Override
    public Optional<Notification> find(UUID zoneId, UUID userId, UUID notificationId) {
        return jdbc.sql("select * from zone.notification where zone_id = :zone and user_id = :user and id = :id")
                .param("zone", zoneId)
                .param("user", userId)
                .param("id", notificationId)
                .query(this::notification)
                .optional();
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
    public boolean markRead(UUID zoneId, UUID userId, UUID notificationId) {
        // coalesce keeps the first time it was read, and still counts an already read row as found
        return jdbc.sql("update zone.notification set read_at = coalesce(read_at, now())"
                                + " where zone_id = :zone and user_id = :user and id = :id")
                        .param("zone", zoneId)
                        .param("user", userId)
                        .param("id", notificationId)
                        .update()
                > 0;
    }

    @Override
    @Transactional
    public int markAllRead(UUID zoneId, UUID userId) {
        return jdbc.sql("update zone.notification set read_at = now() where zone_id = :zone and user_id = :user"
                        + " and read_at is null")
                .param("zone", zoneId)
                .param("user", userId)
                .update();
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        Object[] args = args(rs.getArray("args"));
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                localized(rs.getString("subject_key"), args, rs.getString("subject")),
                localized(rs.getString("body_key"), args, rs.getString("body")),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    /** The text in the reader's language when the message has a known key, else as stored. */
    private String localized(String key, Object[] args, String stored) {
        if (key == null) {
            return stored;
        }
        return messages.getMessage(key, args, stored, LocaleContextHolder.getLocale());
    }

    private static Object[] args(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
