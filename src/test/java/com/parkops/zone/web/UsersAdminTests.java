package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@IntegrationTest
class UsersAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldLetAdminCreateStaffUserWhoCanThenSignIn() {
        var zone = testZones.create();
        String username = "clerk-" + zone.suffix();

        assertThat(newUser(zone.admin(), username, "STAFF")
                        .param("departmentId", zone.departmentId().toString())
                        .param("password", "Welcome-2024"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/users")
                .flash()
                .containsKey("flash");

        var created = users.findByUsername(username).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.STAFF);
        assertThat(created.departmentId()).isEqualTo(zone.departmentId());
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", username)
                        .param("password", "Welcome-2024")
                        .with(csrf()))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/admin/users").with(user(principal(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains(username, "经发局 " + zone.suffix());
    }

    @Test
    void shouldForbidUserAdministrationToEveryoneButAdministrators() {
        var zone = testZones.create();
        for (String name : new String[] {zone.staff(), zone.leader()}) {
            assertThat(mvc.get().uri("/admin/users").with(user(principal(name))))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/admin/departments").with(user(principal(name))))
                    .hasStatus(403);
            assertThat(newUser(name, "sneaky-" + zone.suffix(), "ADMIN").param("password", "Welcome-2024"))
                    .hasStatus(403);
        }
        assertThat(users.findByUsername("sneaky-" + zone.suffix())).isEmpty();
    }

    @Test
    void shouldRefuseEnterpriseUserWithoutRegisteredEnterprise() {
        var zone = testZones.create();
        String username = "ent-" + zone.suffix();

        assertThat(newUser(zone.admin(), username, "ENTERPRISE").param("password", "Welcome-2024"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("enterpriseCode", "user.enterprise.required");
        assertThat(newUser(zone.admin(), username, "ENTERPRISE")
                        .param("enterpriseCode", TestEnterprises.newCreditCode())
                        .param("password", "Welcome-2024"))
                .hasStatusOk()
                .bodyText()
                .contains("企业档案中没有该统一社会信用代码的企业");
        assertThat(newUser(zone.admin(), username, "ENTERPRISE")
                        .param("enterpriseCode", "91330100000000000X")
                        .param("password", "Welcome-2024"))
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("enterpriseCode", "user.enterprise.invalidCode");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void shouldBindEnterpriseUserToEnterpriseFoundByCreditCode() {
        var zone = testZones.create();
        var enterprise = enterprises.register(zone.id(), "临海新材料有限公司");
        String username = "ent-" + zone.suffix();

        assertThat(newUser(zone.admin(), username, "ENTERPRISE")
                        .param("enterpriseCode", enterprise.creditCode().toLowerCase())
                        .param("password", "Welcome-2024"))
                .hasRedirectedUrl("/admin/users");

        assertThat(users.findByUsername(username).orElseThrow().enterpriseId()).isEqualTo(enterprise.id());
        assertThat(mvc.get().uri("/admin/users?role=ENTERPRISE").with(user(principal(zone.admin()))))
                .bodyText()
                .contains("临海新材料有限公司", enterprise.creditCode())
                .doesNotContain(zone.staff());
    }

    @Test
    void shouldExplainTakenUserNameMissingDepartmentAndWeakPassword() {
        var zone = testZones.create();

        assertThat(newUser(zone.admin(), zone.staff().toUpperCase(), "LEADER").param("password", "Welcome-2024"))
                .hasStatusOk()
                .bodyText()
                .contains("该用户名已被使用");
        var result = newUser(zone.admin(), "new-" + zone.suffix(), "STAFF").param("password", "onlyletters");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("departmentId", "user.department.required")
                .hasFieldErrors("password");
        assertThat(newUser(zone.admin(), "new-" + zone.suffix(), "STAFF").param("password", "onlyletters"))
                .bodyText()
                .contains("密码至少 8 位，且须同时包含字母和数字");
        assertThat(users.findByUsername("new-" + zone.suffix())).isEmpty();
    }

    @Test
    void shouldRefuseStaleUserEdit() {
        var zone = testZones.create();
        var staff = users.findByUsername(zone.staff()).orElseThrow();

        assertThat(edit(zone, staff.id().toString(), staff.version(), "STAFF").param("displayName", "张三"))
                .hasRedirectedUrl("/admin/users/" + staff.id());
        assertThat(edit(zone, staff.id().toString(), staff.version(), "STAFF").param("displayName", "李四"))
                .hasStatusOk()
                .bodyText()
                .contains("该记录已被他人修改，请刷新后重试");

        assertThat(users.find(zone.id(), staff.id()).orElseThrow().displayName())
                .isEqualTo("张三");
    }

    @Test
    void shouldDisableUserWhoThenCannotSignIn() {
        var zone = testZones.create();
        var staff = users.findByUsername(zone.staff()).orElseThrow();

        assertThat(mvc.post()
                        .uri("/admin/users/" + staff.id())
                        .with(user(principal(zone.admin())))
                        .with(csrf())
                        .param("displayName", "王五")
                        .param("role", "STAFF")
                        .param("departmentId", zone.departmentId().toString())
                        .param("_enabled", "on")
                        .param("email", "wangwu@example.cn")
                        .param("version", String.valueOf(staff.version())))
                .hasRedirectedUrl("/admin/users/" + staff.id());

        var disabled = users.find(zone.id(), staff.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.email()).isEqualTo("wangwu@example.cn");
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", zone.staff())
                        .param("password", TestZones.PASSWORD)
                        .with(csrf()))
                .hasRedirectedUrl("/login?error=disabled");
    }

    @Test
    void shouldTurnStaffIntoEnterpriseUserOnlyWithAnEnterprise() {
        var zone = testZones.create();
        var staff = users.findByUsername(zone.staff()).orElseThrow();
        var enterprise = enterprises.register(zone.id(), "临海食品有限公司");

        assertThat(edit(zone, staff.id().toString(), staff.version(), "ENTERPRISE")
                        .param("displayName", "企业联络员"))
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("enterpriseCode", "user.enterprise.required");
        assertThat(edit(zone, staff.id().toString(), staff.version(), "ENTERPRISE")
                        .param("displayName", "企业联络员")
                        .param("enterpriseCode", enterprise.creditCode()))
                .hasRedirectedUrl("/admin/users/" + staff.id());

        var changed = users.find(zone.id(), staff.id()).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(changed.enterpriseId()).isEqualTo(enterprise.id());
        assertThat(changed.departmentId()).isNull();
    }

    @Test
    void shouldNotLetAdministratorDemoteThemselves() {
        var zone = testZones.create();
        var admin = users.findByUsername(zone.admin()).orElseThrow();

        assertThat(mvc.post()
                        .uri("/admin/users/" + admin.id())
                        .with(user(principal(zone.admin())))
                        .with(csrf())
                        .param("displayName", "admin")
                        .param("role", "LEADER")
                        .param("enabled", "true")
                        .param("version", String.valueOf(admin.version())))
                .hasStatusOk()
                .bodyText()
                .contains("不能停用自己的账户");
        assertThat(users.find(zone.id(), admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void shouldResetPasswordAndUnlockAccount() {
        var zone = testZones.create();
        var staff = users.findByUsername(zone.staff()).orElseThrow();
        for (int i = 0; i < 5; i++) {
            mvc.post()
                    .uri("/login")
                    .param("username", zone.staff())
                    .param("password", "wrong")
                    .with(csrf())
                    .exchange();
        }
        assertThat(users.find(zone.id(), staff.id()).orElseThrow().locked()).isTrue();

        assertThat(mvc.post()
                        .uri("/admin/users/" + staff.id() + "/unlock")
                        .with(user(principal(zone.admin())))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/users/" + staff.id());
        assertThat(users.find(zone.id(), staff.id()).orElseThrow().locked()).isFalse();

        assertThat(mvc.post()
                        .uri("/admin/users/" + staff.id() + "/password")
                        .with(user(principal(zone.admin())))
                        .with(csrf())
                        .param("password", "Fresh-start-9"))
                .hasRedirectedUrl("/admin/users/" + staff.id());
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", zone.staff())
                        .param("password", "Fresh-start-9")
                        .with(csrf()))
                .hasRedirectedUrl("/");
    }

    @Test
    void shouldNotShowUsersOfAnotherZone() {
        var zone = testZones.create();
        var other = testZones.create();
        var foreign = users.findByUsername(other.staff()).orElseThrow();

        assertThat(mvc.get().uri("/admin/users/" + foreign.id()).with(user(principal(zone.admin()))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/users").with(user(principal(zone.admin()))))
                .bodyText()
                .doesNotContain(other.staff());
    }

    private MockMvcRequestBuilder newUser(String asUser, String username, String role) {
        return mvc.post()
                .uri("/admin/users")
                .with(user(principal(asUser)))
                .with(csrf())
                .param("username", username)
                .param("displayName", "新用户")
                .param("role", role);
    }

    private MockMvcRequestBuilder edit(TestZones.TestZone zone, String id, int version, String role) {
        return mvc.post()
                .uri("/admin/users/" + id)
                .with(user(principal(zone.admin())))
                .with(csrf())
                .param("role", role)
                .param("departmentId", zone.departmentId().toString())
                .param("enabled", "true")
                .param("version", String.valueOf(version));
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }
}
