package com.parkops.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The calendar page: twelve months in both languages, adding, removing and resetting days, and who may do what. */
@IntegrationTest
class HolidayCalendarPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    HolidayCalendars calendars;

    @Autowired
    WorkCalendars workCalendars;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldShowTheYearWithItsNamedDaysInChineseAndEnglish() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(user(principal(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains("2026 年节假日安排", "国务院公布安排（默认）", "十二月", "春节", "国庆节调休", "添加日期");
        assertThat(mvc.get().uri("/admin/calendar?year=2026&lang=en").with(user(principal(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains("Holidays 2026", "State Council schedule (default)", "December", "Working weekend");
    }

    @Test
    void shouldAddADayCopyingTheDefaultsFirst() {
        var zone = testZones.create();

        assertThat(add(zone, "2026-10-09", "HOLIDAY", "园区补休", "")).hasRedirectedUrl("/admin/calendar?year=2026");

        var year = calendars.year(zone.id(), 2026);
        assertThat(year.zoneOwned()).isTrue();
        assertThat(year.holidays()).contains(new HolidayCalendars.Day(LocalDate.of(2026, 10, 9), "园区补休"));
        assertThat(year.holidays()).contains(new HolidayCalendars.Day(LocalDate.of(2026, 2, 17), "春节"));
        assertThat(workCalendars.of(zone.id()).isWorkingDay(LocalDate.of(2026, 10, 9)))
                .isFalse();
        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(user(principal(zone.admin()))))
                .bodyText()
                .contains("本园区已调整", "园区补休", "恢复默认安排");
    }

    @Test
    void shouldShowWhyADayWasRefused() {
        var zone = testZones.create();

        assertThat(add(zone, "2026-05-06", "WORKDAY", "调休", ""))
                .hasStatusOk()
                .bodyText()
                .contains("2026-05-06 不是周六或周日");
        assertThat(add(zone, "2026-10-01", "HOLIDAY", "国庆", ""))
                .hasStatusOk()
                .bodyText()
                .contains("2026-10-01 已在本年的安排中");
        assertThat(calendars.year(zone.id(), 2026).zoneOwned()).isFalse();
    }

    @Test
    void shouldRemoveADayAndResetTheYear() {
        var zone = testZones.create();
        assertThat(add(zone, "2026-10-09", "HOLIDAY", "园区补休", "")).hasStatus3xxRedirection();

        assertThat(mvc.post()
                        .uri("/admin/calendar/days/remove")
                        .with(user(principal(zone.admin())))
                        .with(csrf())
                        .param("year", "2026")
                        .param("version", "0")
                        .param("day", "2026-10-01"))
                .hasRedirectedUrl("/admin/calendar?year=2026");
        assertThat(workCalendars.of(zone.id()).isWorkingDay(LocalDate.of(2026, 10, 1)))
                .as("a Thursday no longer listed")
                .isTrue();

        assertThat(mvc.post()
                        .uri("/admin/calendar/reset")
                        .with(user(principal(zone.admin())))
                        .with(csrf())
                        .param("year", "2026")
                        .param("version", "1"))
                .hasRedirectedUrl("/admin/calendar?year=2026");
        assertThat(calendars.year(zone.id(), 2026).zoneOwned()).isFalse();
        assertThat(workCalendars.of(zone.id()).isWorkingDay(LocalDate.of(2026, 10, 1)))
                .isFalse();
        assertThat(workCalendars.of(zone.id()).isWorkingDay(LocalDate.of(2026, 10, 9)))
                .isTrue();
    }

    @Test
    void shouldTellAStaleEditor() {
        var zone = testZones.create();
        assertThat(add(zone, "2026-10-09", "HOLIDAY", "园区补休", "")).hasStatus3xxRedirection();

        assertThat(add(zone, "2026-10-12", "HOLIDAY", "园区补休", "")).hasRedirectedUrl("/admin/calendar?year=2026");

        assertThat(calendars.year(zone.id(), 2026).holidays())
                .doesNotContain(new HolidayCalendars.Day(LocalDate.of(2026, 10, 12), "园区补休"));
    }

    @Test
    void shouldLetLeadersAndStaffReadWithoutEditing() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(user(principal(zone.leader()))))
                .hasStatusOk()
                .bodyText()
                .contains("春节")
                .doesNotContain("添加日期", "恢复默认安排");
        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(user(principal(zone.staff()))))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/admin/calendar/days")
                        .with(user(principal(zone.leader())))
                        .with(csrf())
                        .param("year", "2026")
                        .param("day", "2026-10-09")
                        .param("kind", "HOLIDAY")
                        .param("name", "补休"))
                .hasStatus(403);
        assertThat(calendars.year(zone.id(), 2026).zoneOwned()).isFalse();
    }

    @Test
    void shouldKeepEnterpriseUsersOut() {
        var zone = testZones.create();
        var enterprise = testEnterprises.register(zone.id(), "日历测试企业");
        String clerk = testZones.enterpriseUser(zone, enterprise.id());

        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(user(principal(clerk))))
                .hasStatus(403);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult add(
            TestZones.TestZone zone, String day, String kind, String name, String version) {
        return mvc.post()
                .uri("/admin/calendar/days")
                .with(user(principal(zone.admin())))
                .with(csrf())
                .param("year", "2026")
                .param("version", version)
                .param("day", day)
                .param("kind", kind)
                .param("name", name)
                .exchange();
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }
}
