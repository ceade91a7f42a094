package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.appeals.AppealCounts;
import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Appeals;
import com.parkops.zone.ZoneUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The demo zone comes with appeals at the workflow's steps, and the demo staff sees its department's. */
@SpringBootTest(properties = "parkops.demo=true")
@ActiveProfiles("test")
class DemoAppealsTests {

    @Autowired
    Appeals appeals;

    @Autowired
    UserDetailsService accounts;

    @Test
    void shouldLoadAppealsAtEveryStepIntoTheDemoZone() {
        ZoneUser admin = (ZoneUser) accounts.loadUserByUsername("admin");
        AppealCounts counts = appeals.counts(admin);
        assertThat(counts.awaitingDispatch()).isEqualTo(3);
        assertThat(counts.returnRequests()).isEqualTo(1);
        assertThat(counts.extensionRequests()).isEqualTo(1);
        for (AppealState state : new AppealState[] {AppealState.DISPATCHED, AppealState.REPLIED, AppealState.CLOSED}) {
            assertThat(appeals.search(
                                    admin,
                                    new AppealFilter(state, null, null, null, null, null, null, null, null, null),
                                    0,
                                    10)
                            .totalElements())
                    .as(state.name())
                    .isPositive();
        }
        ZoneUser clerk = (ZoneUser) accounts.loadUserByUsername("enterprise");
        assertThat(appeals.search(clerk, AppealFilter.any(), 0, 10).totalElements())
                .isEqualTo(2);
    }
}
