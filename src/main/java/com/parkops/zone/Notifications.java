package com.parkops.zone;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Notifications to a zone's users: every message lands in each recipient's in-app inbox, in the
 * caller's transaction; delivery by other channels follows after commit where the zone set them up.
 */
public interface Notifications {

    /**
     * What to say. The subject and body are the texts in the zone's language (Chinese), used for
     * e-mail, the chat-group robot and whenever the keys are absent or unknown. With message keys
     * (of any bundle) and their arguments, the inbox shows each reader the texts in their language.
     *
     * @param kind a short machine key, e.g. {@code appeal.reminder}
     * @param link a path in the application to open, or null
     * @param subjectKey the message key of the subject, or null
     * @param bodyKey the message key of the body, or null
     * @param args the arguments of both keys ({@code {0}}, {@code {1}} …), as text
     */
    record Message(
            String kind,
            String subject,
            String body,
            String link,
            String subjectKey,
            String bodyKey,
            List<String> args) {

        public Message {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A message in the zone's language only. */
        public Message(String kind, String subject, String body, String link) {
            this(kind, subject, body, link, null, null, List.of());
        }
    }

    /** One notification in an inbox. */
    record Notification(
            UUID id, String kind, String subject, String body, String link, Instant createdAt, Instant readAt) {}

    /** Sends to the given users (unknown or disabled users are skipped); returns how many got it. */
    int toUsers(UUID zoneId, Collection<UUID> userIds, Message message);

    /** Sends to every enabled user of the department. */
    int toDepartment(UUID zoneId, UUID departmentId, Message message);

    /** Sends to every enabled user with the role. */
    int toRole(UUID zoneId, Role role, Message message);

    /** The user's newest notifications, at most {@code limit}. */
    List<Notification> inbox(UUID zoneId, UUID userId, boolean unreadOnly, int limit);

    /** One of the user's own notifications; empty for another user's. */
    Optional<Notification> find(UUID zoneId, UUID userId, UUID notificationId);

    int unreadCount(UUID zoneId, UUID userId);

    /** Marks one of the user's own notifications read; false when the user has no such notification. */
    boolean markRead(UUID zoneId, UUID userId, UUID notificationId);

    /** Marks all the user's notifications read; returns how many were unread. */
    int markAllRead(UUID zoneId, UUID userId);
}
