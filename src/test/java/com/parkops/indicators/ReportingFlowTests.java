package com.parkops.indicators;

import static com.parkops.indicators.ReportingTestSupport.body;
import static com.parkops.indicators.ReportingTestSupport.json;
import static com.parkops.indicators.ReportingTestSupport.numbers;
import static com.parkops.indicators.ReportingTestSupport.post;
import static com.parkops.indicators.ReportingTestSupport.submit;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An enterprise reports a month through the API, and staff review it. */
@IntegrationTest
class ReportingFlowTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    IndicatorValues values;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    ReportingTestSupport.Fixture f;
    String code;

    @BeforeEach
    void zoneWithLastYearsFigure() {
        f = ReportingTestSupport.fixture(testZones, testEnterprises);
        code = f.first().creditCode();
        ReportingTestSupport.importOutput(mvc, f.zone().staff(), code + ",2024-03,100");
    }

    @Test
    void shouldRefuseAFlaggedSubmissionUntilExplainedThenAcceptItIntoTheFigures() {
        MvcTestResult draft = submit(mvc, f.firstClerk(), "{\"period\":\"2025-03\",\"values\":{\"output\":110}}");
        assertThat(draft).hasStatusOk();
        assertThat((String) json(draft, "$.status")).isEqualTo("DRAFT");
        assertThat((String) json(draft, "$.basis")).isEqualTo("ytd");
        assertThat((Boolean) json(draft, "$.flagged")).isFalse();

        // +300 % on last year: flagged by the year-on-year rule, refused without an explanation
        MvcTestResult refused =
                submit(mvc, f.firstClerk(), "{\"period\":\"2025-03\",\"values\":{\"output\":400},\"submit\":true}");
        assertThat(refused).hasStatus(422);
        assertThat((List<String>) json(refused, "$.errors[*].field")).containsExactly("output");
        MvcTestResult kept = get(mvc, "/api/v1/indicators/submissions?period=2025-03", f.firstClerk());
        assertThat((List<String>) json(kept, "$.content[*].status")).containsExactly("DRAFT");
        assertThat((List<Boolean>) json(kept, "$.content[*].flagged")).containsExactly(true);
        assertThat(numbers(kept, "$.content[*].values.output")).containsExactly(400.0);

        MvcTestResult submitted = submit(
                mvc,
                f.firstClerk(),
                "{\"period\":\"2025-03\",\"basis\":\"ytd\",\"values\":{\"output\":400},"
                        + "\"explanations\":{\"output\":\"新产线三月投产\"},\"submit\":true}");
        assertThat(submitted).hasStatusOk();
        assertThat((String) json(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat((Boolean) json(submitted, "$.explained")).isTrue();
        String id = json(submitted, "$.id");

        MvcTestResult queue = get(
                mvc,
                "/api/v1/indicators/submissions?period=2025-03&status=SUBMITTED",
                f.zone().staff());
        assertThat((List<String>) json(queue, "$.content[*].id")).containsExactly(id);
        assertThat((List<String>) json(queue, "$.content[*].findings[0].field")).containsExactly("output");

        MvcTestResult accepted = post(
                mvc,
                "/api/v1/indicators/submissions/" + id + "/accept",
                f.zone().staff(),
                "{}");
        assertThat(accepted).hasStatusOk();
        assertThat((String) json(accepted, "$.status")).isEqualTo("ACCEPTED");
        assertThat((String) json(accepted, "$.decidedBy")).isEqualTo(f.zone().staff());

        MvcTestResult summary = get(
                mvc,
                "/api/v1/indicators/summary?year=2025&month=3&groupBy=enterprise&indicators=output",
                f.zone().staff());
        assertThat((List<String>) json(summary, "$.rows[*].group")).containsExactly(code);
        assertThat(numbers(summary, "$.rows[*].current")).containsExactly(400.0);
        assertThat(values.revisions(f.zone().id(), f.first().id(), YearMonth.of(2025, 3)))
                .extracting(IndicatorValues.Revision::source)
                .containsExactly("SUBMISSION");

        assertThat(post(
                        mvc,
                        "/api/v1/indicators/submissions/" + id + "/accept",
                        f.zone().staff(),
                        "{}"))
                .hasStatus(409);
        assertThat(audit.history(f.zone().id(), "indicator-submission", code + "/2025-03"))
                .extracting(AuditRecord::action)
                .containsExactly("accept", "submit", "update", "create");
        MvcTestResult history = get(mvc, "/api/v1/indicators/submissions/" + id + "/history", f.firstClerk());
        assertThat((List<String>) json(history, "$[*].action")).containsExactly("ACCEPTED", "SUBMITTED");
        assertThat((String) json(history, "$[1].explanations.output")).isEqualTo("新产线三月投产");
    }

    @Test
    void shouldReturnWithAReasonThatTheEnterpriseSeesAndLetItResubmit() {
        String id = json(
                submit(mvc, f.firstClerk(), "{\"period\":\"2025-04\",\"values\":{\"output\":130},\"submit\":true}"),
                "$.id");
        String uri = "/api/v1/indicators/submissions/" + id;

        assertThat(post(mvc, uri + "/return", f.zone().staff(), "{\"reason\":\" \"}"))
                .hasStatus(400);
        MvcTestResult returned = post(mvc, uri + "/return", f.zone().staff(), "{\"reason\":\"请核对四月产值\"}");
        assertThat(returned).hasStatusOk();
        assertThat((String) json(returned, "$.status")).isEqualTo("RETURNED");
        assertThat((String) json(get(mvc, uri, f.firstClerk()), "$.returnReason"))
                .isEqualTo("请核对四月产值");
        assertThat(post(mvc, uri + "/accept", f.zone().staff(), "{}")).hasStatus(409);

        MvcTestResult again =
                submit(mvc, f.firstClerk(), "{\"period\":\"2025-04\",\"values\":{\"output\":125},\"submit\":true}");
        assertThat((String) json(again, "$.status")).isEqualTo("SUBMITTED");
        assertThat((String) json(again, "$.id")).isEqualTo(id);
        // under review: the enterprise cannot change it
        assertThat(submit(mvc, f.firstClerk(), "{\"period\":\"2025-04\",\"values\":{\"output\":1}}"))
                .hasStatus(409);

        MvcTestResult history = get(mvc, uri + "/history", f.zone().staff());
        assertThat((List<String>) json(history, "$[*].action")).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED");
        assertThat((String) json(history, "$[1].reason")).isEqualTo("请核对四月产值");
        assertThat(audit.history(f.zone().id(), "indicator-submission", code + "/2025-04"))
                .extracting(AuditRecord::action)
                .containsExactly("submit", "return", "submit");
    }

    @Test
    void shouldRefuseAStaleVersionAndAFutureMonth() {
        int version =
                json(submit(mvc, f.firstClerk(), "{\"period\":\"2025-05\",\"values\":{\"output\":150}}"), "$.version");
        assertThat(submit(
                        mvc,
                        f.firstClerk(),
                        "{\"period\":\"2025-05\",\"values\":{\"output\":151},\"version\":" + version + "}"))
                .hasStatusOk();
        assertThat(submit(
                        mvc,
                        f.firstClerk(),
                        "{\"period\":\"2025-05\",\"values\":{\"output\":152},\"version\":" + version + "}"))
                .hasStatus(409);

        YearMonth next = YearMonth.now().plusMonths(2);
        assertThat(submit(mvc, f.firstClerk(), "{\"period\":\"" + next + "\",\"values\":{\"output\":1}}"))
                .hasStatus(422);
        assertThat(submit(mvc, f.firstClerk(), "{\"period\":\"2025-05\",\"values\":{\"nonsense\":1}}"))
                .hasStatus(422);
    }

    @Test
    void shouldRefuseToAcceptAFlaggedSubmissionWhoseExplanationIsMissing() {
        String id = json(
                submit(
                        mvc,
                        f.firstClerk(),
                        "{\"period\":\"2025-03\",\"values\":{\"output\":400},\"explanation\":\"扩产\",\"submit\":true}"),
                "$.id");
        // as if the explanation had been lost: the server must still refuse
        jdbc.sql("update indicators.submission set explanation = null where zone_id = :zone and id = :id::uuid")
                .param("zone", f.zone().id())
                .param("id", id)
                .update();

        MvcTestResult refused = post(
                mvc,
                "/api/v1/indicators/submissions/" + id + "/accept",
                f.zone().staff(),
                "{}");

        assertThat(refused).hasStatus(409);
        assertThat(body(refused)).contains("explanation");
        assertThat((String) json(
                        get(
                                mvc,
                                "/api/v1/indicators/submissions/" + id,
                                f.zone().staff()),
                        "$.status"))
                .isEqualTo("SUBMITTED");
    }
}
