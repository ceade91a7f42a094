package com.parkops.registry.domain;

import com.parkops.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates chains on first use, with an audit entry for each. */
@Component
class ChainEditing {

    private final ChainStore chains;
    private final RegistryAudit audit;
    private final RegistryMessages messages;

    ChainEditing(ChainStore chains, RegistryAudit audit, RegistryMessages messages) {
        this.chains = chains;
        this.audit = audit;
        this.messages = messages;
    }

    /** The id of the named chain, created when missing; null for a blank name. */
    UUID ensure(UUID zoneId, String actor, String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            return null;
        }
        if (clean.length() > EnterpriseValidator.MAX_SHORT) {
            throw new InvalidInputException(
                    messages.text("registry.error.invalid"),
                    List.of(messages.error(null, "chain", "registry.error.tooLong", EnterpriseValidator.MAX_SHORT)));
        }
        if (chains.insertIfAbsent(zoneId, clean)) {
            audit.record(zoneId, actor, RegistryAudit.CHAIN, clean, "create", clean, Map.of(), Map.of("name", clean));
        }
        return chains.idOf(zoneId, clean).orElseThrow();
    }
}
