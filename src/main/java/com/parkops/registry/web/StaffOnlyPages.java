package com.parkops.registry.web;

import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The zone-wide registry pages do not exist for enterprise users: they answer 404, whatever
 * enterprise the address names, so nothing can be learnt about other enterprises. An
 * enterprise user's own profile lives at {@code /registry/my}.
 */
class StaffOnlyPages implements HandlerInterceptor {

    static final String[] PATHS = {
        "/registry/enterprises",
        "/registry/enterprises/**",
        "/registry/import",
        "/registry/import/**",
        "/registry/settings",
        "/registry/settings/**"
    };

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof ZoneUser user
                && user.is(Role.ENTERPRISE)) {
            throw new NotFoundException("Not a page for enterprise users");
        }
        return true;
    }
}
