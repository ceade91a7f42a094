package com.parkops.appeals;

import static com.parkops.support.ApiCalls.basic;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;

/**
 * A zone for appeal tests: the test zone's department (经发局, routed 政策) with its staff, a service
 * centre (企业服务中心) and a land department (自然资源和规划分局) each with a staff user, two
 * registered enterprises each with a clerk, and the zone's categories by code.
 */
record AppealsFixture(
        TestZones.TestZone zone,
        UUID centreDepartment,
        String centre,
        UUID firstDepartment,
        String first,
        UUID landDepartment,
        String land,
        EnterpriseRef enterpriseA,
        String clerkA,
        EnterpriseRef enterpriseB,
        String clerkB,
        Map<String, UUID> categories) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new zone set up for appeal tests, with the test beans taken from the application context. */
    static AppealsFixture create(ApplicationContext context) {
        return create(
                context.getBean(TestZones.class),
                context.getBean(TestEnterprises.class),
                context.getBean(Users.class),
                context.getBean(AppealCategories.class));
    }

    static AppealsFixture create(
            TestZones zones, TestEnterprises enterprises, Users users, AppealCategories categories) {
        TestZones.TestZone zone = zones.create();
        UUID centreDepartment =
                users.createDepartment(zone.id(), "企业服务中心", "服务中心", "test").id();
        UUID landDepartment =
                users.createDepartment(zone.id(), "自然资源和规划分局", "自规分局", "test").id();
        String centre = staff(users, zone, "centre", centreDepartment);
        String land = staff(users, zone, "land", landDepartment);
        EnterpriseRef a = enterprises.register(zone.id(), "甲机械制造有限公司");
        EnterpriseRef b = enterprises.register(zone.id(), "乙新材料有限公司");
        Map<String, UUID> byCode = new HashMap<>();
        categories.list(zone.id()).forEach(c -> byCode.put(c.code(), c.id()));
        return new AppealsFixture(
                zone,
                centreDepartment,
                centre,
                zone.departmentId(),
                zone.staff(),
                landDepartment,
                land,
                a,
                zones.enterpriseUser(zone, a.id()),
                b,
                zones.enterpriseUser(zone, b.id()),
                byCode);
    }

    private static String staff(Users users, TestZones.TestZone zone, String name, UUID department) {
        String username = name + "-" + zone.suffix();
        users.create(
                new Users.NewUser(zone.id(), username, username, TestZones.PASSWORD, Role.STAFF, department, null),
                "test");
        return username;
    }

    UUID category(String code) {
        return categories.get(code);
    }

    /** The body of a new appeal, as a map to add to. */
    Map<String, Object> appeal(String type, String category, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("channel", "HOTLINE");
        body.put("categoryId", category(category));
        body.put("title", title);
        body.put("content", title + "，请协调解决。");
        return body;
    }

    static MvcTestResult post(MockMvcTester mvc, String uri, String user, Object body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType("application/json")
                .content(body == null ? "{}" : JSON.writeValueAsString(body))
                .exchange();
    }

    /** Creates an appeal through the API and answers its id. */
    static String create(MockMvcTester mvc, String user, Map<String, Object> body) {
        MvcTestResult created = post(mvc, "/api/v1/appeals", user, body);
        if (created.getResponse().getStatus() != 201) {
            throw new IllegalStateException("not created: " + body(created));
        }
        return json(created, "$.summary.id");
    }

    static MvcTestResult act(MockMvcTester mvc, String user, String id, String action, Map<String, Object> body) {
        return post(mvc, "/api/v1/appeals/" + id + "/" + action, user, body);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T json(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    static List<String> kinds(MvcTestResult detail) {
        return json(detail, "$.events[*].kind");
    }
}
