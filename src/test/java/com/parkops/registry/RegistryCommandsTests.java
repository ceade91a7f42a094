package com.parkops.registry;

import static com.parkops.registry.RegistryTestSupport.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.shared.InvalidInputException;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import com.parkops.zone.EnterpriseDirectory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The write facade as another module (or a script through the API) uses it. */
@IntegrationTest
class RegistryCommandsTests {

    private static final String CODE = RegistryTestSupport.code("91360981000000555");

    @Autowired
    EnterpriseCommands commands;

    @Autowired
    EnterpriseQueries queries;

    @Autowired
    Enterprises enterprises;

    /** The registry's own directory, not the test stand-in that {@code @IntegrationTest} adds beside it. */
    @Autowired
    @Qualifier("registryEnterpriseDirectory")
    EnterpriseDirectory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    TestZones testZones;

    @Autowired
    MockMvcTester mvc;

    TestZones.TestZone zone;

    @BeforeEach
    void zone() {
        zone = testZones.create();
    }

    @Test
    void shouldAuditCreateAndUpdateWithTheChangedFields() {
        Enterprise created = commands.create(zone.id(), "alice", EnterpriseData.of(CODE, "甲公司"));
        commands.update(
                zone.id(),
                "bob",
                CODE,
                created.version(),
                EnterpriseData.of(CODE, "甲公司（更名）").withChain("循环经济"));

        assertThat(audit.history(zone.id(), "enterprise", CODE))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("create", "alice"),
                        org.assertj.core.groups.Tuple.tuple("update", "bob"));
        AuditRecord update = audit.history(zone.id(), "enterprise", CODE).stream()
                .filter(r -> r.action().equals("update"))
                .findFirst()
                .orElseThrow();
        assertThat(update.changes()).containsOnlyKeys("name", "chain");
        assertThat(update.changes().get("name").from()).isEqualTo("甲公司");
        assertThat(directory.byCreditCode(zone.id(), CODE))
                .hasValueSatisfying(ref -> assertThat(ref.name()).isEqualTo("甲公司（更名）"));
    }

    @Test
    void shouldRefuseAStaleUpdateAndAnswerConflictOverTheApi() {
        Enterprise created = commands.create(zone.id(), "alice", EnterpriseData.of(CODE, "甲公司"));
        commands.update(zone.id(), "alice", CODE, created.version(), EnterpriseData.of(CODE, "甲公司二"));

        assertThatThrownBy(() ->
                        commands.update(zone.id(), "bob", CODE, created.version(), EnterpriseData.of(CODE, "甲公司三")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mvc.put()
                        .uri("/api/v1/registry/enterprises/" + CODE)
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"甲公司四\",\"version\":%d}".formatted(created.version())))
                .hasStatus(409)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(queries.find(zone.id(), CODE).orElseThrow().name()).isEqualTo("甲公司二");
    }

    @Test
    void shouldRefuseInvalidFactsListingEveryProblem() {
        assertThatThrownBy(() -> commands.create(
                        zone.id(),
                        "alice",
                        new EnterpriseData(
                                CODE, " ", "3985", null, null, null, null, null, null, null, null, null, null,
                                "no-mail", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(error -> error.field())
                                .contains("name", "industryCode", "contactEmail"));
    }

    @Test
    void shouldKeepHandEnteredParcelsWhenAnImportStatesTheTotalLand() throws Exception {
        importCsv("creditCode,name,landM2\n" + CODE + ",甲公司,1000\n");
        commands.addParcel(zone.id(), "alice", CODE, new ParcelData("土证-2", new BigDecimal("200"), null, null, null));
        commands.addParcel(
                zone.id(), "alice", CODE, new ParcelData("租-1", new BigDecimal("999"), null, LandTenure.LEASED, null));
        assertThat(enterprises.byCreditCode(zone.id(), CODE).orElseThrow().landM2())
                .isEqualByComparingTo("1200");

        importCsv("creditCode,name,landM2\n" + CODE + ",甲公司,1500\n");

        Enterprise after = queries.find(zone.id(), CODE).orElseThrow();
        assertThat(after.ownedLandM2()).isEqualByComparingTo("1500");
        assertThat(queries.parcels(zone.id(), after.id()))
                .filteredOn(LandParcel::imported)
                .singleElement()
                .extracting(LandParcel::areaM2)
                .satisfies(area -> assertThat(area).isEqualByComparingTo("1300"));
        assertThatThrownBy(() -> importCsv("creditCode,name,landM2\n" + CODE + ",甲公司,100\n"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("landM2")));

        commands.updateSettings(zone.id(), "alice", new RegistrySettings(null, true, 90, 0));
        assertThat(enterprises.byCreditCode(zone.id(), CODE).orElseThrow().landM2())
                .isEqualByComparingTo("2499");
    }

    @Test
    void shouldDeriveTheExpiryAndFlagQualificationsWithinTheAlertDays() {
        commands.create(zone.id(), "alice", EnterpriseData.of(CODE, "甲公司"));
        LocalDate issued = LocalDate.now().minusYears(3).plusDays(30);

        Qualification added = commands.addQualification(
                zone.id(),
                "alice",
                CODE,
                new QualificationData(
                        QualificationKind.HIGH_TECH, QualificationLevel.NATIONAL, "GR1", issued, null, null, null));

        assertThat(added.expiresOn()).isEqualTo(issued.plusYears(3).minusDays(1));
        assertThat(added.currentStatus()).isEqualTo(QualificationStatus.VALID);
        assertThat(added.expiringSoon()).isTrue();
        commands.updateSettings(zone.id(), "alice", new RegistrySettings(null, false, 10, 0));
        assertThat(queries.find(zone.id(), CODE).orElseThrow().qualifications())
                .singleElement()
                .extracting(Qualification::expiringSoon)
                .isEqualTo(false);
        assertThatThrownBy(() -> commands.updateQualification(
                        zone.id(),
                        "bob",
                        CODE,
                        added.id(),
                        added.version() + 1,
                        new QualificationData(QualificationKind.HIGH_TECH, null, null, issued, null, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void shouldMoveTheScaleWithEnteredAndDroppedEvents() {
        commands.create(zone.id(), "alice", EnterpriseData.of(CODE, "甲公司"));

        commands.recordScaleEvent(zone.id(), "alice", CODE, ScaleEventKind.CULTIVATING, YearMonth.of(2022, 6), "重点培育");
        commands.recordScaleEvent(zone.id(), "alice", CODE, ScaleEventKind.ENTERED, YearMonth.of(2023, 5), null);
        var entered = enterprises.byCreditCode(zone.id(), CODE).orElseThrow();
        assertThat(entered.scale()).isEqualTo(Scale.ABOVE);
        assertThat(entered.aboveScaleSince()).isEqualTo(YearMonth.of(2023, 5));

        commands.recordScaleEvent(zone.id(), "alice", CODE, ScaleEventKind.DROPPED, YearMonth.of(2024, 12), null);
        assertThat(enterprises.byCreditCode(zone.id(), CODE).orElseThrow().scale())
                .isEqualTo(Scale.BELOW);
        assertThat(queries.scaleEvents(zone.id(), entered.id()))
                .extracting(ScaleEvent::kind)
                .containsExactly(ScaleEventKind.CULTIVATING, ScaleEventKind.ENTERED, ScaleEventKind.DROPPED);
        assertThat(audit.history(zone.id(), "enterprise", CODE))
                .extracting(AuditRecord::action)
                .contains("scale.ENTERED", "scale.DROPPED");
    }

    @Test
    void shouldSetPatentsPerYearAndType() {
        Enterprise created = commands.create(zone.id(), "alice", EnterpriseData.of(CODE, "甲公司"));

        commands.setPatents(zone.id(), "alice", CODE, 2023, Map.of(PatentKind.INVENTION, 2, PatentKind.DESIGN, 1));
        commands.setPatents(zone.id(), "alice", CODE, 2023, Map.of(PatentKind.INVENTION, 3));

        assertThat(queries.patents(zone.id(), created.id()))
                .containsExactly(new PatentCount(2023, PatentKind.INVENTION, 3));
        assertThat(audit.history(zone.id(), "enterprise", CODE))
                .extracting(AuditRecord::action)
                .contains("patents");
    }

    @Test
    void shouldSetTheLeadingChainOnlyToAnExistingChain() throws Exception {
        importCsv("creditCode,name,chain\n" + CODE + ",甲公司,循环经济\n");

        assertThat(mvc.put()
                        .uri("/api/v1/registry/settings")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadingChain\":\"不存在的链\"}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("leadingChain");
        assertThat(mvc.put()
                        .uri("/api/v1/registry/settings")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadingChain\":\"循环经济\"}"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"leadingChain": "循环经济", "qualificationAlertDays": 90, "chains": ["循环经济"]}""");
        assertThat(mvc.put()
                        .uri("/api/v1/registry/settings")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadingChain\":\"\"}"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/registry/settings").header(HttpHeaders.AUTHORIZATION, basic(zone.leader())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.leadingChain")
                .isEqualTo("循环经济");
        assertThat(enterprises.leadingChain(zone.id())).contains("循环经济");
        assertThat(enterprises.byCreditCode(zone.id(), CODE).orElseThrow().leadingChain())
                .isTrue();
        assertThat(audit.history(zone.id(), "registry-settings", zone.id().toString()))
                .hasSize(1);
    }

    private void importCsv(String csv) throws Exception {
        commands.importFile(zone.id(), "alice", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
