package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.create;
import static com.parkops.appeals.AppealsFixture.json;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Data scope: enterprises their own, departments theirs, the service centre and leaders all, stewards none. */
@IntegrationTest
class AppealScopeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    AppealsFixture f;
    String ofA;
    String ofB;
    String atLand;

    @BeforeEach
    void zoneWithThreeAppeals() {
        f = AppealsFixture.create(context);
        ofA = create(mvc, f.clerkA(), f.appeal("HELP", "POLICY", "甲公司的诉求"));
        ofB = create(mvc, f.clerkB(), f.appeal("HELP", "POLICY", "乙公司的诉求"));
        var land = f.appeal("COMPLAINT", "LAND", "用地诉求");
        land.put("enterpriseName", "丙公司");
        land.put("dispatchToDefault", true);
        atLand = create(mvc, f.centre(), land);
        act(mvc, f.centre(), ofA, "dispatch", Map.of("departmentId", f.firstDepartment()));
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnAppealsAndHideOthersAs404() {
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals", f.clerkA()), "$.items[*].id"))
                .containsExactly(ofA);
        assertThat(get(mvc, "/api/v1/appeals/" + ofB, f.clerkA())).hasStatus(404);
        assertThat(act(mvc, f.clerkA(), ofB, "note", Map.of("text", "看看"))).hasStatus(404);
        assertThat(get(mvc, "/api/v1/appeals/" + ofA, f.clerkA())).hasStatusOk();
        assertThat(act(mvc, f.clerkA(), ofA, "note", Map.of("text", "补充营业执照"))).hasStatusOk();
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals/" + ofA, f.clerkA()), "$.events[*].kind"))
                .containsExactly("RECEIVE", "DISPATCH", "NOTE");
    }

    @Test
    void shouldShowADepartmentOnlyWhatIsOrWasAssignedToIt() {
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals", f.first()), "$.items[*].id"))
                .containsExactly(ofA);
        assertThat(get(mvc, "/api/v1/appeals/" + ofB, f.first())).hasStatus(404);
        assertThat(get(mvc, "/api/v1/appeals/" + atLand, f.first())).hasStatus(404);
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals", f.land()), "$.items[*].id"))
                .containsExactly(atLand);
        assertThat(act(mvc, f.land(), ofA, "acknowledge", null)).hasStatus(404);
    }

    @Test
    void shouldShowTheServiceCentreLeadersAndAdministratorsEverythingAndStewardsNothing() {
        for (String user : List.of(f.centre(), f.zone().leader(), f.zone().admin())) {
            assertThat((List<String>) json(get(mvc, "/api/v1/appeals", user), "$.items[*].id"))
                    .as(user)
                    .containsExactlyInAnyOrder(ofA, ofB, atLand);
        }
        assertThat((Integer) json(get(mvc, "/api/v1/appeals/counts", f.centre()), "$.awaitingDispatch"))
                .isEqualTo(1);
        String steward = "steward-" + f.zone().suffix();
        users.create(
                new Users.NewUser(f.zone().id(), steward, steward, TestZones.PASSWORD, Role.STEWARD, null, null),
                "test");
        assertThat(get(mvc, "/api/v1/appeals", steward)).hasStatus(403);
        assertThat(get(mvc, "/api/v1/appeals/" + ofA, steward)).hasStatus(403);
    }

    @Test
    void shouldFilterByStateDepartmentTypeAndText() {
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals?state=ACCEPTED", f.centre()), "$.items[*].id"))
                .containsExactly(ofB);
        assertThat((List<String>) json(
                        get(mvc, "/api/v1/appeals?departmentId=" + f.landDepartment(), f.centre()), "$.items[*].id"))
                .containsExactly(atLand);
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals?type=COMPLAINT", f.centre()), "$.items[*].id"))
                .containsExactly(atLand);
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals?q=乙公司", f.centre()), "$.items[*].id"))
                .containsExactly(ofB);
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals?overdue=true", f.centre()), "$.items[*].id"))
                .isEmpty();
    }
}
