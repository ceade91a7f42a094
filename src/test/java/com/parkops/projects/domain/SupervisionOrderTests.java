package com.parkops.projects.domain;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Dispatch meetings and supervision orders through the API, with department scope; the pages in both languages. */
@IntegrationTest
class SupervisionOrderTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Zones zoneDates;

    TestZones.TestZone zone;
    UUID landOffice;
    String landStaff;
    UUID project;

    @BeforeEach
    void zone() {
        zone = zones.create();
        landOffice = users.createDepartment(zone.id(), "自然资源分局 " + zone.suffix(), "自然资源", "test")
                .id();
        landStaff = "land-" + zone.suffix();
        users.create(
                new Users.NewUser(zone.id(), landStaff, "国土专员", TestZones.PASSWORD, Role.STAFF, landOffice, null),
                "test");
        project = ProjectsFixture.project(jdbc, zone.id(), "P-9", "SIGNED", today().minusDays(30));
    }

    @Test
    void shouldTakeAnOrderFromProblemToClosureWithDepartmentScopeAndIllegalMoves() throws Exception {
        String meeting = json(post(
                        "/api/v1/projects/meetings",
                        zone.staff(),
                        Map.of(
                                "heldOn",
                                today().toString(),
                                "chair",
                                "王主任",
                                "attendees",
                                "经发局、自然资源分局",
                                "minutes",
                                "研究土地摘牌进度")))
                .get("id")
                .asText();
        MvcTestResult raised = post(
                "/api/v1/projects/meetings/" + meeting + "/problems",
                zone.staff(),
                Map.of("projectId", project.toString(), "text", "土地摘牌滞后", "departmentId", landOffice.toString()));
        assertThat(raised).hasStatus(201);
        String problem = json(raised).get("id").asText();
        assertThat(post(
                        "/api/v1/projects/meetings/" + meeting + "/problems",
                        zone.staff(),
                        Map.of(
                                "projectId",
                                UUID.randomUUID().toString(),
                                "text",
                                "x",
                                "departmentId",
                                landOffice.toString())))
                .hasStatus(422);

        MvcTestResult issued = post("/api/v1/projects/problems/" + problem + "/order", zone.staff(), Map.of());
        assertThat(issued).hasStatus(201);
        JsonNode order = json(issued);
        String id = order.get("id").asText();
        assertThat(order.get("state").asText()).isEqualTo("ISSUED");
        assertThat(order.get("number").asText()).matches("DB\\d{4}-001");
        assertThat(LocalDate.parse(order.get("deadline").asText()))
                .isAfter(LocalDate.parse(order.get("issuedOn").asText()));
        assertThat(post("/api/v1/projects/problems/" + problem + "/order", zone.staff(), Map.of()))
                .hasStatus(409);

        String orders = "/api/v1/projects/orders/" + id;
        assertThat(post(orders + "/close", zone.staff(), Map.of("version", 0))).hasStatus(409);
        assertThat(post(orders + "/reply", zone.staff(), Map.of("text", "我们来办", "version", 0)))
                .as("staff of another department")
                .hasStatus(403);
        assertThat(post(orders + "/reply", landStaff, Map.of("text", " ", "version", 0)))
                .hasStatus(422);
        assertThat(post(orders + "/reply", landStaff, Map.of("text", "已完成挂牌公告", "version", 0)))
                .hasStatusOk();
        assertThat(post(orders + "/reply", landStaff, Map.of("text", "再次回复", "version", 1)))
                .hasStatus(409);
        assertThat(post(orders + "/send-back", landStaff, Map.of("text", "自己退回", "version", 1)))
                .as("the replying department is not the issuing office")
                .hasStatus(403);
        MvcTestResult back = post(orders + "/send-back", zone.staff(), Map.of("text", "请附摘牌时间表", "version", 1));
        assertThat(back).hasStatusOk();
        assertThat(json(back).get("returns").asInt()).isEqualTo(1);
        assertThat(post(orders + "/reply", landStaff, Map.of("text", "10月15日摘牌", "version", 2)))
                .hasStatusOk();
        MvcTestResult closed = post(orders + "/close", zone.staff(), Map.of("text", "同意销号", "version", 3));
        assertThat(closed).hasStatusOk();
        JsonNode done = json(closed);
        assertThat(done.get("state").asText()).isEqualTo("CLOSED");
        assertThat(done.get("steps")).hasSize(5);
        assertThat(post(orders + "/send-back", zone.staff(), Map.of("text", "x", "version", 4)))
                .hasStatus(409);

        assertThat(json(get(mvc, "/api/v1/projects/orders?department=" + landOffice + "&state=CLOSED", zone.leader())))
                .hasSize(1);
        assertThat(json(get(mvc, "/api/v1/projects/orders?overdue=true", zone.leader())))
                .isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from zone.audit_event where zone_id = :z and entity_type = 'supervision-order'")
                        .param("z", zone.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void shouldMarkOrdersPastTheirDeadlineAsOverdue() throws Exception {
        String meeting = json(post(
                        "/api/v1/projects/meetings",
                        zone.staff(),
                        Map.of("heldOn", today().toString(), "chair", "王主任")))
                .get("id")
                .asText();
        String problem = json(post(
                        "/api/v1/projects/meetings/" + meeting + "/problems",
                        zone.staff(),
                        Map.of(
                                "projectId",
                                project.toString(),
                                "text",
                                "施工许可未办",
                                "departmentId",
                                landOffice.toString())))
                .get("id")
                .asText();
        String id = json(post(
                        "/api/v1/projects/problems/" + problem + "/order",
                        zone.staff(),
                        Map.of("deadline", today().toString())))
                .get("id")
                .asText();
        jdbc.sql("update projects.supervision_order set deadline = deadline - 1 where zone_id = :z")
                .param("z", zone.id())
                .update();
        JsonNode overdue = json(get(mvc, "/api/v1/projects/orders?overdue=true", zone.staff()));
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("id").asText()).isEqualTo(id);
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(post("/api/v1/projects/problems/" + problem + "/order", zone.staff(), Map.of()))
                .hasStatus(409);
    }

    @Test
    void shouldRenderEveryPageInChineseAndEnglish() throws Exception {
        String templateId = json(get(mvc, "/api/v1/projects/templates", zone.staff()))
                .get(0)
                .get("id")
                .asText();
        post("/api/v1/projects/" + project + "/schedule", zone.staff(), Map.of("templateId", templateId));
        JsonNode schedule = json(get(mvc, "/api/v1/projects/" + project, zone.staff()));
        String node = schedule.get("nodes").get(0).get("id").asText();
        String meeting = json(post(
                        "/api/v1/projects/meetings",
                        zone.staff(),
                        Map.of("heldOn", today().toString(), "chair", "王主任")))
                .get("id")
                .asText();
        String problem = json(post(
                        "/api/v1/projects/meetings/" + meeting + "/problems",
                        zone.staff(),
                        Map.of(
                                "projectId",
                                project.toString(),
                                "text",
                                "用地预审材料不全",
                                "departmentId",
                                landOffice.toString())))
                .get("id")
                .asText();
        String order = json(post("/api/v1/projects/problems/" + problem + "/order", zone.staff(), Map.of()))
                .get("id")
                .asText();
        UUID unscheduled = ProjectsFixture.project(jdbc, zone.id(), "P-10", "SIGNED", today());
        for (String page : new String[] {
            "/projects",
            "/projects/" + project,
            "/projects/" + project + "/nodes/" + node,
            "/projects/" + unscheduled,
            "/projects/templates",
            "/projects/templates/" + templateId,
            "/projects/templates/new",
            "/projects/meetings",
            "/projects/meetings/" + meeting,
            "/projects/orders",
            "/projects/orders/" + order
        }) {
            for (String lang : new String[] {"zh_CN", "en"}) {
                MvcTestResult result = mvc.get()
                        .uri(page + "?lang=" + lang)
                        .with(user(userDetails.loadUserByUsername(zone.staff())))
                        .exchange();
                assertThat(result).as(page + " " + lang).hasStatusOk();
                assertThat(result.getResponse().getContentAsString()).as(page).doesNotContain("??");
            }
        }
        String zh = page("/projects", "zh_CN");
        assertThat(zh).contains("项目推进", "新能源电池项目 P-9", "未编排节点");
        assertThat(page("/projects/" + project, "zh_CN")).contains("立项备案", "前期", "包保责任");
        assertThat(page("/projects/" + project, "en")).contains("Preparation", "Responsibility");
        assertThat(page("/projects/orders/" + order, "zh_CN")).contains("用地预审材料不全", "待回复");

        String clerk = zones.enterpriseUser(
                zone, enterprises.register(zone.id(), "电池公司").id());
        for (String page :
                new String[] {"/projects", "/projects/" + project, "/projects/meetings", "/projects/orders"}) {
            assertThat(mvc.get()
                            .uri(page)
                            .with(user(userDetails.loadUserByUsername(clerk)))
                            .exchange())
                    .as(page)
                    .hasStatus(403);
        }
    }

    private LocalDate today() {
        return zoneDates.today(zone.id());
    }

    private String page(String uri, String lang) throws Exception {
        return mvc.get()
                .uri(uri + "?lang=" + lang)
                .with(user(userDetails.loadUserByUsername(zone.staff())))
                .exchange()
                .getResponse()
                .getContentAsString();
    }

    MvcTestResult post(String uri, String user, Object body) throws Exception {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    static JsonNode json(MvcTestResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
