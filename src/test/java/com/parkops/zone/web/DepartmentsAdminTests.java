package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class DepartmentsAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldCreateDepartmentAndListItWithUserCounts() {
        var zone = testZones.create();

        assertThat(mvc.post()
                        .uri("/admin/departments")
                        .with(user(admin(zone)))
                        .with(csrf())
                        .param("name", "招商局")
                        .param("shortName", "招商"))
                .hasRedirectedUrl("/admin/departments");

        assertThat(users.departments(zone.id()))
                .extracting(Users.Department::name)
                .contains("招商局");
        assertThat(users.userCountsByDepartment(zone.id())).containsEntry(zone.departmentId(), 1);
        assertThat(mvc.get().uri("/admin/departments").with(user(admin(zone))))
                .hasStatusOk()
                .bodyText()
                .contains("招商局", "经发局 " + zone.suffix());
    }

    @Test
    void shouldRenameDepartmentAndAuditTheChange() {
        var zone = testZones.create();

        assertThat(rename(zone, 0, "经济发展局")).hasRedirectedUrl("/admin/departments");

        var renamed = users.department(zone.id(), zone.departmentId()).orElseThrow();
        assertThat(renamed.name()).isEqualTo("经济发展局");
        assertThat(renamed.version()).isEqualTo(1);
        var history = audit.history(zone.id(), "department", zone.departmentId().toString());
        assertThat(history.get(0).changes()).containsKey("name");
        assertThat(history.get(0).changes().get("name").to()).isEqualTo("经济发展局");
    }

    @Test
    void shouldRefuseStaleDepartmentRename() {
        var zone = testZones.create();
        assertThat(rename(zone, 0, "经济发展局")).hasRedirectedUrl("/admin/departments");

        assertThat(rename(zone, 0, "经济和信息化局"))
                .hasStatusOk()
                .hasViewName("zone/department-edit")
                .bodyText()
                .contains("该记录已被他人修改，请刷新后重试");

        assertThat(users.department(zone.id(), zone.departmentId())
                        .orElseThrow()
                        .name())
                .isEqualTo("经济发展局");
    }

    @Test
    void shouldRefuseDuplicateDepartmentName() {
        var zone = testZones.create();
        users.createDepartment(zone.id(), "项目办", null, "test");

        assertThat(rename(zone, 0, "项目办"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("name", "department.name.taken");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult rename(
            TestZones.TestZone zone, int version, String name) {
        return mvc.post()
                .uri("/admin/departments/" + zone.departmentId())
                .with(user(admin(zone)))
                .with(csrf())
                .param("name", name)
                .param("shortName", "")
                .param("version", String.valueOf(version))
                .exchange();
    }

    private ZoneUser admin(TestZones.TestZone zone) {
        return (ZoneUser) principals.loadUserByUsername(zone.admin());
    }
}
