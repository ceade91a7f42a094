package com.parkops.zone.web;

import com.parkops.shared.CreditCode;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds enterprises through whatever {@link EnterpriseDirectory} the application has: none while
 * the registry is not installed, the registry's own, and possibly more (each is asked in turn).
 */
@Component
class EnterpriseLookup {

    /** Why a credit code could not be bound, as a message key. */
    enum Problem {
        REQUIRED("user.enterprise.required"),
        INVALID("user.enterprise.invalidCode"),
        UNKNOWN("user.enterprise.unknown");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The enterprise a credit code names, or why there is none. */
    record Resolution(EnterpriseRef enterprise, Problem problem) {}

    private final EnterpriseDirectory directory;

    EnterpriseLookup(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    Resolution resolve(UUID zoneId, String rawCode) {
        String code = CreditCode.normalize(rawCode);
        if (code.isEmpty()) {
            return new Resolution(null, Problem.REQUIRED);
        }
        if (CreditCode.problem(code).isPresent()) {
            return new Resolution(null, Problem.INVALID);
        }
        return directory
                .byCreditCode(zoneId, code)
                .map(found -> new Resolution(found, null))
                .orElse(new Resolution(null, Problem.UNKNOWN));
    }

    Optional<EnterpriseRef> byId(UUID zoneId, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return directory.byId(zoneId, id);
    }
}
