package com.parkops.demo;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.Enterprises;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo zone into the first zone when {@code PARKOPS_DEMO=true} and the database holds no
 * data yet (no enterprise and no user but the administrator).
 */
@Component
@Order(10)
class DemoZoneLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoZoneLoader.class);
    static final String ACTOR = "demo";

    private final boolean enabled;
    private final Zones zones;
    private final Users users;
    private final Enterprises enterprises;
    private final EnterpriseCommands commands;
    private final IndicatorImport figures;

    DemoZoneLoader(
            @Value("${parkops.demo:false}") boolean enabled,
            Zones zones,
            Users users,
            Enterprises enterprises,
            EnterpriseCommands commands,
            IndicatorImport figures) {
        this.enabled = enabled;
        this.zones = zones;
        this.users = users;
        this.enterprises = enterprises;
        this.commands = commands;
        this.figures = figures;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(enabled, args)) {
            return;
        }
        var zone = zones.all().get(0);
        if (!enterprises.idsByCreditCode(zone.id()).isEmpty()
                || users.list(zone.id()).size() > 1) {
            log.info("Demo zone not loaded: the database already holds data");
            return;
        }
        long started = System.nanoTime();
        DemoZone demo = new DemoZoneGenerator(DemoZoneGenerator.SEED).generate();
        Map<String, UUID> departments = new java.util.LinkedHashMap<>();
        for (var department : demo.departments()) {
            departments.put(
                    department.shortName(),
                    users.createDepartment(zone.id(), department.name(), department.shortName(), ACTOR)
                            .id());
        }
        for (String chain : demo.chains()) {
            commands.ensureChain(zone.id(), ACTOR, chain);
        }
        commands.setLeadingChain(zone.id(), ACTOR, demo.leadingChain());
        List<UUID> ids = new ArrayList<>();
        for (var enterprise : demo.enterprises()) {
            ids.add(load(zone.id(), enterprise));
        }
        loadFigures(zone.id(), demo);
        users.create(new Users.NewUser(zone.id(), "leader", "王主任", "Leader@2026", Role.LEADER, null, null), ACTOR);
        users.create(
                new Users.NewUser(zone.id(), "staff", "李科员", "Staff@2026", Role.STAFF, departments.get("经发局"), null),
                ACTOR);
        users.create(
                new Users.NewUser(zone.id(), "enterprise", "张会计", "Enterprise@2026", Role.ENTERPRISE, null, ids.get(0)),
                ACTOR);
        users.create(
                new Users.NewUser(zone.id(), "steward", "赵工（环保管家）", "Steward@2026", Role.STEWARD, null, null), ACTOR);
        log.info("Demo zone loaded: {} enterprises in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Two years of monthly figures, up to last month, through the indicators import. */
    private void loadFigures(UUID zoneId, DemoZone demo) {
        YearMonth to = YearMonth.of(2026, 10);
        byte[] csv = new DemoFigures(DemoZoneGenerator.SEED).csv(demo.enterprises(), YearMonth.of(2025, 1), to);
        try {
            var result =
                    figures.importFile(zoneId, ACTOR, Basis.YTD, "demo-figures.csv", new ByteArrayInputStream(csv));
            log.info("Demo figures loaded: {} rows, {} data-quality warnings", result.rows(), result.warningCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code --demo} (or {@code --demo=true}) asks for the demo like {@code PARKOPS_DEMO=true};
     * {@code --demo=false} declines it even when the variable is set.
     */
    static boolean requested(boolean enabled, ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return enabled;
        }
        List<String> values = args.getOptionValues("demo");
        return values.isEmpty() || values.stream().anyMatch(value -> value.isBlank() || Boolean.parseBoolean(value));
    }

    private UUID load(UUID zoneId, DemoZone.DemoEnterprise enterprise) {
        var created = commands.create(zoneId, ACTOR, enterprise.data());
        String code = enterprise.data().creditCode();
        for (var parcel : enterprise.parcels()) {
            commands.addParcel(zoneId, ACTOR, code, parcel);
        }
        for (var qualification : enterprise.qualifications()) {
            commands.addQualification(zoneId, ACTOR, code, qualification);
        }
        enterprise.patents().forEach((year, granted) -> commands.setPatents(zoneId, ACTOR, code, year, granted));
        for (var event : enterprise.scaleEvents()) {
            commands.recordScaleEvent(zoneId, ACTOR, code, event.kind(), event.period(), event.note());
        }
        return created.id();
    }
}
