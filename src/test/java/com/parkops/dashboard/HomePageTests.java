package com.parkops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    EnterpriseCommands commands;

    @Test
    void shouldShowChainCountsAndExpiringQualificationsToStaff() {
        var zone = testZones.create();
        commands.create(
                zone.id(),
                "test",
                EnterpriseData.of("91360981AY4CL12THD", "甲公司").withChain("循环经济"));
        commands.addQualification(
                zone.id(),
                "test",
                "91360981AY4CL12THD",
                new QualificationData(
                        QualificationKind.HIGH_TECH,
                        QualificationLevel.NATIONAL,
                        "GR1",
                        LocalDate.now().minusYears(3),
                        LocalDate.now().plusDays(20),
                        QualificationStatus.VALID,
                        null));

        var page = mvc.get().uri("/").with(SecurityMockMvcRequestPostProcessors.user(load(zone.staff())));
        assertThat(page).hasStatusOk().bodyText().contains("循环经济", "甲公司", "chain-chart");
    }

    @Test
    void shouldShowNoZoneChartToAnEnterpriseUser() {
        var zone = testZones.create();
        var own = commands.create(zone.id(), "test", EnterpriseData.of("91360981AY4CL12THD", "甲公司"));
        String user = testZones.enterpriseUser(zone, own.id());
        var page = mvc.get().uri("/").with(SecurityMockMvcRequestPostProcessors.user(load(user)));
        assertThat(page).hasStatusOk().bodyText().doesNotContain("chain-chart");
    }

    @Autowired
    UserDetailsService userDetails;

    private UserDetails load(String username) {
        return userDetails.loadUserByUsername(username);
    }
}
