package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.SummaryQuery;
import com.parkops.registry.Enterprises;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Start-up with {@code parkops.demo=true} fills the first zone once, through the public APIs. */
@SpringBootTest(properties = "parkops.demo=true")
@ActiveProfiles("test")
class DemoZoneLoaderTests {

    @Autowired
    Zones zones;

    @Autowired
    Users users;

    @Autowired
    Enterprises enterprises;

    @Autowired
    IndicatorAnalysis analysis;

    @Test
    void shouldLoadTheDemoZoneWithOneUserPerRoleAndFigures() {
        var zone = zones.all().get(0);
        assertThat(enterprises.idsByCreditCode(zone.id())).hasSize(DemoZoneGenerator.ENTERPRISES);
        assertThat(users.list(zone.id()))
                .extracting(Users.UserView::role)
                .contains(Role.ADMIN, Role.LEADER, Role.STAFF, Role.ENTERPRISE, Role.STEWARD);
        assertThat(enterprises.leadingChain(zone.id())).contains("新能源新材料");
        var summary = analysis.summary(zone.id(), new SummaryQuery(2026, 10, GroupBy.ZONE, List.of("output"), null));
        assertThat(summary.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.current()).isPositive());
    }
}
