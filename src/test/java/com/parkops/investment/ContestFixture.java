package com.parkops.investment;

import static com.parkops.support.ApiCalls.basic;

import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects written straight into {@code investment.project} (the pipeline's own service is built
 * elsewhere), teams, and JSON calls as a test user.
 */
final class ContestFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final TestZones.TestZone zone;

    ContestFixture(MockMvcTester mvc, JdbcClient jdbc, TestZones testZones) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.zone = testZones.create();
    }

    /** A project builder with a fresh code, CNY, at the given stage. */
    Project project(String stage) {
        return new Project(stage);
    }

    UUID team(String name, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into investment.team (zone_id, id, name, active) values (:zone, :id, :name, :active)")
                .param("zone", zone.id())
                .param("id", id)
                .param("name", name)
                .param("active", active)
                .update();
        return id;
    }

    MvcTestResult put(String user, String uri, String content) {
        return mvc.put()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(content)
                .exchange();
    }

    MvcTestResult post(String user, String uri, String content) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(content)
                .exchange();
    }

    MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    static JsonNode body(MvcTestResult response) {
        return JSON.readTree(response.getResponse().getContentAsByteArray());
    }

    long audits(String entityType) {
        return jdbc.sql("select count(*) from zone.audit_event where zone_id = :zone and entity_type = :type")
                .param("zone", zone.id())
                .param("type", entityType)
                .query(Long.class)
                .single();
    }

    /** One project row; {@link #insert} writes it. */
    final class Project {
        final UUID id = UUID.randomUUID();
        final String code = "ZS-" + id.toString().substring(0, 8);
        private final String stage;
        private String currency = "CNY";
        private BigDecimal amount;
        private BigDecimal usdRate;
        private UUID team;
        private LocalDate signedOn;
        private LocalDate startedOn;
        private BigDecimal funds;
        private String creditCode;
        private String closedAs;

        Project(String stage) {
            this.stage = stage;
        }

        Project amount(String value) {
            this.amount = new BigDecimal(value);
            return this;
        }

        Project usd(String value, String rate) {
            this.currency = "USD";
            this.amount = new BigDecimal(value);
            this.usdRate = new BigDecimal(rate);
            return this;
        }

        Project team(UUID value) {
            this.team = value;
            return this;
        }

        Project signed(String date) {
            this.signedOn = LocalDate.parse(date);
            return this;
        }

        Project started(String date) {
            this.startedOn = LocalDate.parse(date);
            return this;
        }

        Project funds(String value) {
            this.funds = new BigDecimal(value);
            return this;
        }

        Project enterprise(String code) {
            this.creditCode = code;
            return this;
        }

        Project lost() {
            this.closedAs = "LOST";
            return this;
        }

        UUID insert() {
            jdbc.sql("""
                    insert into investment.project (zone_id, id, code, name, investor, capital_source, currency,
                        amount, usd_rate, stage, closed_as, closed_reason, team_id, credit_code, land_mu, signed_on,
                        started_on, funds_in_place)
                    values (:zone, :id, :code, :name, '投资方', :source, :currency, :amount, :rate, :stage, :closed,
                        :reason, :team, :credit, 50, :signed, :started, :funds)
                    """)
                    .param("zone", zone.id())
                    .param("id", id)
                    .param("code", code)
                    .param("name", "项目 " + code)
                    .param("source", "USD".equals(currency) ? "FOREIGN" : "DOMESTIC")
                    .param("currency", currency)
                    .param("amount", amount)
                    .param("rate", usdRate)
                    .param("stage", stage)
                    .param("closed", closedAs)
                    .param("reason", closedAs == null ? null : "投资方撤回")
                    .param("team", team)
                    .param("credit", creditCode)
                    .param("signed", signedOn == null ? null : Date.valueOf(signedOn))
                    .param("started", startedOn == null ? null : Date.valueOf(startedOn))
                    .param("funds", funds)
                    .update();
            return id;
        }
    }
}
