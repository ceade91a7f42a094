package com.parkops.zone.web;

import com.parkops.zone.Notifications;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in user's unread count into every page the layout renders, for the bell in the
 * top bar: one count query per rendered page, none for redirects, API answers or static files.
 */
@Component
class NotificationBell implements HandlerInterceptor {

    static final String ATTRIBUTE = "unreadNotifications";

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !rendersPage(view) || view.getModel().containsKey(ATTRIBUTE)) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ZoneUser user) {
            view.addObject(ATTRIBUTE, notifications.unreadCount(user.zoneId(), user.id()));
        }
    }

    private static boolean rendersPage(ModelAndView view) {
        String name = view.getViewName();
        return view.hasView() && (name == null || !(name.startsWith("redirect:") || name.startsWith("forward:")));
    }
}
