package com.parkops.indicators;

import static com.parkops.indicators.ReportingTestSupport.body;
import static com.parkops.indicators.ReportingTestSupport.json;
import static com.parkops.indicators.ReportingTestSupport.post;
import static com.parkops.indicators.ReportingTestSupport.submit;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An enterprise sees and acts on its own reports only, through the API and the pages. */
@IntegrationTest
class ReportingAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    UserDetailsService users;

    ReportingTestSupport.Fixture f;
    String otherId;

    @BeforeEach
    void secondEnterpriseHasSubmitted() {
        f = ReportingTestSupport.fixture(testZones, testEnterprises);
        otherId = json(
                submit(
                        mvc,
                        f.secondClerk(),
                        "{\"period\":\"2025-06\",\"values\":{\"output\":774411.25},\"submit\":true}"),
                "$.id");
    }

    @Test
    void shouldHideAnotherEnterprisesReportFromTheApi() {
        String uri = "/api/v1/indicators/submissions/" + otherId;

        assertThat(get(mvc, uri, f.firstClerk())).hasStatus(404);
        assertThat(get(mvc, uri + "/history", f.firstClerk())).hasStatus(404);
        assertThat(get(mvc, uri, f.secondClerk())).hasStatusOk();
        assertThat((List<String>) json(get(mvc, "/api/v1/indicators/submissions", f.firstClerk()), "$.content"))
                .isEmpty();
        assertThat((List<String>)
                        json(get(mvc, "/api/v1/indicators/submissions", f.zone().staff()), "$.content[*].id"))
                .containsExactly(otherId);
        // an enterprise may not decide, not even on its own report
        assertThat(post(mvc, uri + "/accept", f.firstClerk(), "{}")).hasStatus(403);
        assertThat(post(mvc, uri + "/return", f.secondClerk(), "{\"reason\":\"x\"}"))
                .hasStatus(403);
        // staff may not submit for an enterprise
        assertThat(submit(mvc, f.zone().staff(), "{\"period\":\"2025-06\",\"values\":{\"output\":1}}"))
                .hasStatus(403);
    }

    @Test
    void shouldKeepDraftsToTheEnterprise() {
        String draft = json(submit(mvc, f.firstClerk(), "{\"period\":\"2025-07\",\"values\":{\"output\":5}}"), "$.id");

        assertThat((List<String>)
                        json(get(mvc, "/api/v1/indicators/submissions", f.zone().staff()), "$.content[*].id"))
                .containsExactly(otherId);
        assertThat(get(mvc, "/api/v1/indicators/submissions/" + draft, f.zone().staff()))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/indicators/review/" + draft)
                        .with(user(users.loadUserByUsername(f.zone().staff()))))
                .hasStatus(404);
        assertThat((List<String>) json(get(mvc, "/api/v1/indicators/submissions", f.firstClerk()), "$.content[*].id"))
                .containsExactly(draft);
    }

    @Test
    void shouldHideReportsFromAnotherZone() {
        TestZones.TestZone elsewhere = testZones.create();
        String uri = "/api/v1/indicators/submissions/" + otherId;

        assertThat(get(mvc, uri, elsewhere.staff())).hasStatus(404);
        assertThat(post(mvc, uri + "/accept", elsewhere.staff(), "{}")).hasStatus(404);
        assertThat(get(mvc, uri, f.zone().leader())).hasStatusOk();
    }

    @Test
    void shouldHideAnotherEnterprisesReportFromThePages() {
        var clerk = users.loadUserByUsername(f.firstClerk());

        var page = mvc.get()
                .uri("/indicators/reporting/submissions/" + otherId)
                .with(user(clerk))
                .exchange();
        assertThat(page).hasStatus(404);
        assertThat(body(page)).doesNotContain("774411", "774,411", f.second().name());
        // the month form is always the user's own enterprise's
        assertThat(body(mvc.get()
                        .uri("/indicators/reporting/2025-06")
                        .with(user(clerk))
                        .exchange()))
                .doesNotContain(f.second().name())
                .contains("name=\"values[output]\" value=\"\"");
        assertThat(mvc.get().uri("/indicators/review/" + otherId).with(user(clerk)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/indicators/review/" + otherId + "/accept")
                        .with(user(clerk))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/indicators/reporting")
                        .with(user(users.loadUserByUsername(f.zone().staff()))))
                .hasStatus(403);
    }
}
