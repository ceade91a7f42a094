package com.parkops.zone;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The calendar API: reading a year, replacing it (validation, first-edit copy, locking, audit) and working days. */
@IntegrationTest
class HolidayCalendarApiTests {

    private static final LocalDate NATIONAL_DAY_2026 = LocalDate.of(2026, 10, 1);
    private static final LocalDate EXTRA_DAY_OFF = LocalDate.of(2026, 10, 9);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    WorkCalendars workCalendars;

    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReadTheInstallationDefaultsOfAYearNotEditedYet() {
        var zone = testZones.create();

        JsonNode year = read(zone.leader(), 2026);

        assertThat(year.get("year").asInt()).isEqualTo(2026);
        assertThat(year.get("source").asString()).isEqualTo("default");
        assertThat(year.get("version").isNull()).isTrue();
        assertThat(days(year, "holidays")).contains("2026-02-17 春节", "2026-10-01 国庆节");
        assertThat(days(year, "workingWeekends")).contains("2026-01-04 元旦调休", "2026-10-10 国庆节调休");
    }

    @Test
    void shouldCopyTheDefaultsOnTheFirstEditAndApplyTheEditToThatYearOnly() throws Exception {
        var zone = testZones.create();
        JsonNode defaults = read(zone.admin(), 2026);
        var holidays = entries(defaults, "holidays");
        holidays.add(Map.of("day", EXTRA_DAY_OFF.toString(), "name", "园区补休"));
        holidays.removeIf(day -> day.get("day").equals("2026-10-07"));

        var answer = put(zone.admin(), 2026, holidays, entries(defaults, "workingWeekends"), null);

        assertThat(answer).hasStatusOk();
        JsonNode edited = json.readTree(answer.getResponse().getContentAsString());
        assertThat(edited.get("source").asString()).isEqualTo("zone");
        assertThat(edited.get("version").asInt()).isZero();
        assertThat(edited.get("updatedBy").asString()).isEqualTo(zone.admin());
        assertThat(days(edited, "holidays")).contains("2026-10-09 园区补休", "2026-02-17 春节");
        assertThat(days(edited, "holidays")).noneMatch(day -> day.startsWith("2026-10-07"));

        var calendar = workCalendars.of(zone.id());
        assertThat(calendar.isWorkingDay(EXTRA_DAY_OFF)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isTrue();
        assertThat(calendar.isWorkingDay(NATIONAL_DAY_2026)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        // other years keep following the defaults
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(read(zone.admin(), 2025).get("source").asString()).isEqualTo("default");
        // and other zones keep the defaults of the edited year
        var other = testZones.create();
        assertThat(workCalendars.of(other.id()).isWorkingDay(EXTRA_DAY_OFF)).isTrue();
        assertThat(workCalendars.of(other.id()).isWorkingDay(LocalDate.of(2026, 10, 7)))
                .isFalse();
    }

    @Test
    void shouldAuditEachEditWithTheChangedDays() throws Exception {
        var zone = testZones.create();
        JsonNode defaults = read(zone.admin(), 2026);
        var holidays = entries(defaults, "holidays");
        holidays.add(Map.of("day", EXTRA_DAY_OFF.toString(), "name", "园区补休"));

        assertThat(put(zone.admin(), 2026, holidays, entries(defaults, "workingWeekends"), null))
                .hasStatusOk();

        var history = audit.history(zone.id(), "calendar", "2026");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).actor()).isEqualTo(zone.admin());
        assertThat(history.get(0).changes()).containsOnlyKeys("source", "2026-10-09");
        assertThat(history.get(0).changes().get("2026-10-09").to()).isEqualTo("HOLIDAY 园区补休");
        assertThat(history.get(0).changes().get("source").from()).isEqualTo("default");
    }

    @Test
    void shouldRefuseAStaleVersion() throws Exception {
        var zone = testZones.create();
        JsonNode defaults = read(zone.admin(), 2026);
        var holidays = entries(defaults, "holidays");
        var weekends = entries(defaults, "workingWeekends");
        assertThat(put(zone.admin(), 2026, holidays, weekends, null)).hasStatusOk();
        assertThat(put(zone.admin(), 2026, holidays, weekends, 0)).hasStatusOk();

        assertThat(put(zone.admin(), 2026, holidays, weekends, 0)).hasStatus(409);
        assertThat(put(zone.admin(), 2026, holidays, weekends, null)).hasStatus(409);
        assertThat(read(zone.admin(), 2026).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void shouldListEveryInvalidDayWith422() throws Exception {
        var zone = testZones.create();
        var holidays = List.<Map<String, Object>>of(
                Map.of("day", "2027-01-01", "name", "元旦"),
                Map.of("day", "2026-05-01", "name", "劳动节"),
                Map.of("day", "2026-05-01", "name", "劳动节"),
                Map.of("day", "2026-05-02", "name", " "));
        var weekends = List.<Map<String, Object>>of(Map.of("day", "2026-05-06", "name", "调休"));

        var answer = put(zone.admin(), 2026, holidays, weekends, null);

        assertThat(answer).hasStatus(422);
        JsonNode errors =
                json.readTree(answer.getResponse().getContentAsString()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "holidays[0].day", "holidays[2].day", "holidays[3].name", "workingWeekends[0].day");
        assertThat(read(zone.admin(), 2026).get("source").asString()).isEqualTo("default");
    }

    @Test
    void shouldRefuseAYearMissingFromTheBody() {
        var zone = testZones.create();

        assertThat(mvc.put()
                        .uri("/api/v1/zone/calendar")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holidays\":[]}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("year");
    }

    @Test
    void shouldLetLeadersAndStaffReadButOnlyAdministratorsReplace() throws Exception {
        var zone = testZones.create();
        JsonNode defaults = read(zone.admin(), 2026);

        assertThat(get(mvc, "/api/v1/zone/calendar?year=2026", zone.staff())).hasStatusOk();
        assertThat(put(zone.leader(), 2026, entries(defaults, "holidays"), List.of(), null))
                .hasStatus(403);
        assertThat(put(zone.staff(), 2026, entries(defaults, "holidays"), List.of(), null))
                .hasStatus(403);
    }

    @Test
    void shouldCountWorkingDaysOverHolidaysAndWorkingWeekends() {
        var zone = testZones.create();

        assertThat(get(mvc, "/api/v1/zone/calendar/working-days?from=2026-09-30&days=1", zone.staff()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.date")
                .isEqualTo("2026-10-08");
        // Friday 2026-10-09, then the adjusted working Saturday 2026-10-10
        assertThat(get(mvc, "/api/v1/zone/calendar/working-days?from=2026-09-30&days=3", zone.staff()))
                .bodyJson()
                .extractingPath("$.date")
                .isEqualTo("2026-10-10");
        assertThat(get(mvc, "/api/v1/zone/calendar/working-days?from=2026-09-30&days=-1", zone.staff()))
                .hasStatus(422);
    }

    private JsonNode read(String user, int year) {
        var answer = get(mvc, "/api/v1/zone/calendar?year=" + year, user);
        assertThat(answer).hasStatusOk();
        try {
            return json.readTree(answer.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult put(
            String user,
            int year,
            List<? extends Map<String, ?>> holidays,
            List<? extends Map<String, ?>> weekends,
            Integer version) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("year", year);
        body.put("holidays", holidays);
        body.put("workingWeekends", weekends);
        body.put("version", version);
        return mvc.put()
                .uri("/api/v1/zone/calendar?year=" + year)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private static List<String> days(JsonNode year, String list) {
        List<String> days = new ArrayList<>();
        year.get(list)
                .forEach(day -> days.add(
                        day.get("day").asString() + " " + day.get("name").asString()));
        return days;
    }

    private static List<Map<String, Object>> entries(JsonNode year, String list) {
        List<Map<String, Object>> entries = new ArrayList<>();
        year.get(list)
                .forEach(day -> entries.add(Map.of(
                        "day",
                        day.get("day").asString(),
                        "name",
                        day.get("name").asString())));
        return entries;
    }
}
