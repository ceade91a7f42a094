package com.parkops.indicators.domain;

import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which enterprises must report ({@code parkops.indicators.reporting.scope}), as a condition on
 * {@code registry.enterprise_profile p}: those with an active enterprise user ({@code accounts}),
 * the 规上 ones ({@code above-scale}) or all of them.
 */
@Component
class ReportingScope {

    /** A SQL condition on {@code p} and its parameters. */
    record Condition(String sql, Map<String, Object> params) {}

    private final Users users;
    private final String scope;

    ReportingScope(Users users, ReportingProperties properties) {
        this.users = users;
        this.scope = properties.scope();
    }

    Condition condition(UUID zoneId) {
        return switch (scope) {
            case "all" -> new Condition("true", Map.of());
            case "above-scale" -> new Condition("p.scale = 'ABOVE'", Map.of());
            default -> accounts(zoneId);
        };
    }

    private Condition accounts(UUID zoneId) {
        List<UUID> ids = users.list(zoneId).stream()
                .filter(user -> user.role() == Role.ENTERPRISE && user.enabled() && user.enterpriseId() != null)
                .map(Users.UserView::enterpriseId)
                .distinct()
                .toList();
        return ids.isEmpty()
                ? new Condition("false", Map.of())
                : new Condition("p.id in (:scoped)", Map.of("scoped", ids));
    }
}
