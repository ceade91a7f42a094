package com.parkops.registry.domain;

import com.parkops.registry.EnterpriseProfile;
import com.parkops.registry.Enterprises;
import com.parkops.zone.EnterpriseDirectory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Lets the zone module bind enterprise users to registered enterprises. */
@Service
class RegistryEnterpriseDirectory implements EnterpriseDirectory {

    private final Enterprises enterprises;

    RegistryEnterpriseDirectory(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public Optional<EnterpriseRef> byCreditCode(UUID zoneId, String creditCode) {
        return enterprises.byCreditCode(zoneId, creditCode).map(RegistryEnterpriseDirectory::ref);
    }

    @Override
    public Optional<EnterpriseRef> byId(UUID zoneId, UUID id) {
        return enterprises.byId(zoneId, id).map(RegistryEnterpriseDirectory::ref);
    }

    private static EnterpriseRef ref(EnterpriseProfile profile) {
        return new EnterpriseRef(profile.id(), profile.creditCode(), profile.name());
    }
}
