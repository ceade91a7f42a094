package com.parkops.registry.web;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.RegistrySettings;
import com.parkops.zone.ZoneUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The zone's registry settings. {@code leadingChain} must name an existing chain (422 otherwise);
 * an empty string clears it. Fields left out of a PUT keep their value.
 */
@RestController
@RequestMapping("/api/v1/registry/settings")
class RegistrySettingsApiController {

    record SettingsJson(
            String leadingChain,
            boolean countLeasedLand,
            int qualificationAlertDays,
            List<String> chains,
            int version) {}

    record SettingsRequest(
            String leadingChain, Boolean countLeasedLand, Integer qualificationAlertDays, Integer version) {}

    private final EnterpriseQueries queries;
    private final EnterpriseCommands commands;

    RegistrySettingsApiController(EnterpriseQueries queries, EnterpriseCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping
    @PreAuthorize("!hasRole('ENTERPRISE')")
    SettingsJson get(@AuthenticationPrincipal ZoneUser user) {
        return json(user, queries.settings(user.zoneId()));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SettingsJson put(@AuthenticationPrincipal ZoneUser user, @RequestBody SettingsRequest request) {
        RegistrySettings current = queries.settings(user.zoneId());
        RegistrySettings wanted = new RegistrySettings(
                request.leadingChain() == null ? current.leadingChain() : request.leadingChain(),
                request.countLeasedLand() == null ? current.countLeasedLand() : request.countLeasedLand(),
                request.qualificationAlertDays() == null
                        ? current.qualificationAlertDays()
                        : request.qualificationAlertDays(),
                request.version() == null ? current.version() : request.version());
        return json(user, commands.updateSettings(user.zoneId(), user.getUsername(), wanted));
    }

    private SettingsJson json(ZoneUser user, RegistrySettings settings) {
        return new SettingsJson(
                settings.leadingChain(),
                settings.countLeasedLand(),
                settings.qualificationAlertDays(),
                queries.chains(user.zoneId()),
                settings.version());
    }
}
