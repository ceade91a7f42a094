package com.parkops.zone.web;

import com.parkops.shared.CreditCode;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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
        UNKNOWN("user.enterprise.unknown"),
        UNAVAILABLE("user.enterprise.unavailable");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The enterprise a credit code names, or why there is none. */
    record Resolution(EnterpriseRef enterprise, Problem problem) {}

    private final ObjectProvider<EnterpriseDirectory> directories;

    EnterpriseLookup(ObjectProvider<EnterpriseDirectory> directories) {
        this.directories = directories;
    }

    Resolution resolve(UUID zoneId, String rawCode) {
        String code = CreditCode.normalize(rawCode);
        if (code.isEmpty()) {
            return new Resolution(null, Problem.REQUIRED);
        }
        if (CreditCode.problem(code).isPresent()) {
            return new Resolution(null, Problem.INVALID);
        }
        if (directories.stream().findAny().isEmpty()) {
            return new Resolution(null, Problem.UNAVAILABLE);
        }
        return directories
                .orderedStream()
                .map(directory -> directory.byCreditCode(zoneId, code))
                .flatMap(Optional::stream)
                .findFirst()
                .map(found -> new Resolution(found, null))
                .orElse(new Resolution(null, Problem.UNKNOWN));
    }

    Optional<EnterpriseRef> byId(UUID zoneId, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return directories
                .orderedStream()
                .map(directory -> directory.byId(zoneId, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
