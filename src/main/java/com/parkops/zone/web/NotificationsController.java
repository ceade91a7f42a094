package com.parkops.zone.web;

import com.parkops.zone.Notifications;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own inbox (站内消息): newest first, mark read one by one or all, open what it is about. */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationsController {

    static final int SHOWN = 200;

    private final Notifications notifications;
    private final Zones zones;
    private final MessageSource messages;

    NotificationsController(Notifications notifications, Zones zones, MessageSource messages) {
        this.notifications = notifications;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String inbox(
            @AuthenticationPrincipal ZoneUser user, @RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("items", notifications.inbox(user.zoneId(), user.id(), unread, SHOWN));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", notifications.unreadCount(user.zoneId(), user.id()));
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return "zone/notifications";
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean unread) {
        if (!notifications.markRead(user.zoneId(), user.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return back(unread);
    }

    /** Marks the notification read and goes to what it is about; only paths inside the application are followed. */
    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        var notification = notifications
                .find(user.zoneId(), user.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        notifications.markRead(user.zoneId(), user.id(), id);
        return isLocalPath(notification.link()) ? "redirect:" + notification.link() : back(false);
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(@AuthenticationPrincipal ZoneUser user, RedirectAttributes redirect, Locale locale) {
        int marked = notifications.markAllRead(user.zoneId(), user.id());
        redirect.addFlashAttribute("flash", messages.getMessage("notify.inbox.allRead", new Object[] {marked}, locale));
        return back(false);
    }

    /** A path of this application: starts with one slash, not two (which would name another host). */
    static boolean isLocalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
    }

    private static String back(boolean unread) {
        return unread ? "redirect:/notifications?unread=true" : "redirect:/notifications";
    }
}
