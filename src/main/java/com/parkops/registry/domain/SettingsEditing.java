package com.parkops.registry.domain;

import com.parkops.registry.RegistrySettings;
import com.parkops.shared.InputError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The zone's leading chain, leased-land rule and qualification alert period. */
@Component
class SettingsEditing {

    private final SettingsStore settings;
    private final ChainStore chains;
    private final RegistryAudit audit;
    private final RegistryMessages messages;

    SettingsEditing(SettingsStore settings, ChainStore chains, RegistryAudit audit, RegistryMessages messages) {
        this.settings = settings;
        this.chains = chains;
        this.audit = audit;
        this.messages = messages;
    }

    RegistrySettings setLeadingChain(UUID zoneId, String actor, String chainName) {
        RegistrySettings current = settings.find(zoneId);
        return update(
                zoneId,
                actor,
                new RegistrySettings(
                        chainName, current.countLeasedLand(), current.qualificationAlertDays(), current.version()));
    }

    RegistrySettings update(UUID zoneId, String actor, RegistrySettings wanted) {
        RegistrySettings before = settings.find(zoneId);
        String chain = Text.clean(wanted.leadingChain());
        List<InputError> errors = new ArrayList<>();
        UUID chainId = null;
        if (chain != null) {
            chainId = chains.idOf(zoneId, chain).orElse(null);
            if (chainId == null) {
                errors.add(messages.error(null, "leadingChain", "registry.error.unknownChain", chain));
            }
        }
        if (wanted.qualificationAlertDays() < 0 || wanted.qualificationAlertDays() > 3650) {
            errors.add(messages.error(null, "qualificationAlertDays", "registry.error.alertDays"));
        }
        messages.refuse(errors);
        settings.save(zoneId, chainId, wanted.countLeasedLand(), wanted.qualificationAlertDays(), wanted.version());
        audit.record(
                zoneId,
                actor,
                RegistryAudit.SETTINGS,
                zoneId.toString(),
                "update",
                "registry settings",
                snapshot(before),
                snapshot(new RegistrySettings(
                        chain, wanted.countLeasedLand(), wanted.qualificationAlertDays(), wanted.version())));
        return settings.find(zoneId);
    }

    private static Map<String, Object> snapshot(RegistrySettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("leadingChain", settings.leadingChain());
        fields.put("countLeasedLand", settings.countLeasedLand());
        fields.put("qualificationAlertDays", settings.qualificationAlertDays());
        return fields;
    }
}
