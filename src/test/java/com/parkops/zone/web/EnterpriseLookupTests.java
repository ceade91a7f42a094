package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.TestEnterprises;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnterpriseLookupTests {

    private final UUID zone = UUID.randomUUID();
    private final EnterpriseRef known =
            new EnterpriseRef(UUID.randomUUID(), TestEnterprises.newCreditCode(), "临海新能源有限公司");

    private final EnterpriseDirectory directory = new EnterpriseDirectory() {
        @Override
        public Optional<EnterpriseRef> byCreditCode(UUID zoneId, String creditCode) {
            return zoneId.equals(zone) && creditCode.equals(known.creditCode()) ? Optional.of(known) : Optional.empty();
        }

        @Override
        public Optional<EnterpriseRef> byId(UUID zoneId, UUID id) {
            return zoneId.equals(zone) && id.equals(known.id()) ? Optional.of(known) : Optional.empty();
        }
    };

    private final EnterpriseLookup lookup = new EnterpriseLookup(directory);

    @Test
    void shouldCheckTheCodeBeforeAskingTheDirectory() {
        assertThat(lookup.resolve(zone, "  ").problem()).isEqualTo(EnterpriseLookup.Problem.REQUIRED);
        assertThat(lookup.resolve(zone, "91330100000000000X").problem()).isEqualTo(EnterpriseLookup.Problem.INVALID);
        assertThat(lookup.resolve(zone, TestEnterprises.newCreditCode()).problem())
                .isEqualTo(EnterpriseLookup.Problem.UNKNOWN);
    }

    @Test
    void shouldResolveANormalizedCodeWithinTheZoneOnly() {
        var resolution = lookup.resolve(zone, " " + known.creditCode().toLowerCase() + " ");
        assertThat(resolution.problem()).isNull();
        assertThat(resolution.enterprise()).isEqualTo(known);
        assertThat(lookup.byId(zone, known.id())).contains(known);
        assertThat(lookup.byId(UUID.randomUUID(), known.id())).isEmpty();
    }
}
