package com.parkops.zone.web;

import com.parkops.shared.NotFoundException;
import com.parkops.zone.Notifications;
import com.parkops.zone.Notifications.Notification;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox; another user's notification does not exist for the caller (404). */
@RestController
@RequestMapping("/api/v1/zone/notifications")
class NotificationsApiController {

    /** How many unread notifications the caller has. */
    record UnreadCount(int unread) {}

    private final Notifications notifications;

    NotificationsApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Newest first; {@code limit} is at most 500. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<Notification> inbox(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit) {
        return notifications.inbox(user.zoneId(), user.id(), unread, limit);
    }

    @GetMapping("/unread-count")
    @PreAuthorize("isAuthenticated()")
    UnreadCount unreadCount(@AuthenticationPrincipal ZoneUser user) {
        return new UnreadCount(notifications.unreadCount(user.zoneId(), user.id()));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        if (!notifications.markRead(user.zoneId(), user.id(), id)) {
            throw new NotFoundException("notification " + id);
        }
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    UnreadCount readAll(@AuthenticationPrincipal ZoneUser user) {
        notifications.markAllRead(user.zoneId(), user.id());
        return new UnreadCount(notifications.unreadCount(user.zoneId(), user.id()));
    }
}
