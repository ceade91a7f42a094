package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.TestEnterprises;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class EnterpriseLookupTests {

    private final UUID zone = UUID.randomUUID();

    @Test
    void shouldSayRegistryIsUnavailableWhenNoDirectoryExists() {
        var lookup = new EnterpriseLookup(
                new StaticListableBeanFactory().getBeanProvider(com.parkops.zone.EnterpriseDirectory.class));

        assertThat(lookup.resolve(zone, TestEnterprises.newCreditCode()).problem())
                .isEqualTo(EnterpriseLookup.Problem.UNAVAILABLE);
        assertThat(lookup.byId(zone, UUID.randomUUID())).isEmpty();
    }

    @Test
    void shouldCheckTheCodeBeforeAskingAnyDirectory() {
        var lookup = lookupWith(new TestEnterprises());

        assertThat(lookup.resolve(zone, "  ").problem()).isEqualTo(EnterpriseLookup.Problem.REQUIRED);
        assertThat(lookup.resolve(zone, "91330100000000000X").problem()).isEqualTo(EnterpriseLookup.Problem.INVALID);
        assertThat(lookup.resolve(zone, TestEnterprises.newCreditCode()).problem())
                .isEqualTo(EnterpriseLookup.Problem.UNKNOWN);
    }

    @Test
    void shouldAskEveryDirectoryInTurn() {
        var first = new TestEnterprises();
        var second = new TestEnterprises();
        var known = second.register(zone, "临海新能源有限公司");
        var lookup = lookupWith(first, second);

        var resolution = lookup.resolve(zone, " " + known.creditCode().toLowerCase() + " ");
        assertThat(resolution.problem()).isNull();
        assertThat(resolution.enterprise()).isEqualTo(known);
        assertThat(lookup.byId(zone, known.id())).contains(known);
        assertThat(lookup.byId(UUID.randomUUID(), known.id())).isEmpty();
    }

    private static EnterpriseLookup lookupWith(TestEnterprises... directories) {
        var beans = new StaticListableBeanFactory();
        for (int i = 0; i < directories.length; i++) {
            beans.addBean("directory" + i, directories[i]);
        }
        return new EnterpriseLookup(beans.getBeanProvider(com.parkops.zone.EnterpriseDirectory.class));
    }
}
