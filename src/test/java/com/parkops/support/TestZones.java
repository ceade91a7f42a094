package com.parkops.support;

import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/** Creates a fresh zone with one user per role, so each test sees only its own data. */
@TestComponent
public class TestZones {

    public static final String PASSWORD = "Secret-123";

    private final Zones zones;
    private final Users users;

    TestZones(Zones zones, Users users) {
        this.zones = zones;
        this.users = users;
    }

    /** A new zone and the names of its users (each with password {@link #PASSWORD}). */
    public TestZone create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var zone = zones.create("z-" + suffix, "测试园区 " + suffix, "test");
        var department = users.createDepartment(zone.id(), "经发局 " + suffix, "经发局", "test");
        String admin = user(zone.id(), "admin-" + suffix, Role.ADMIN, null, null);
        String leader = user(zone.id(), "leader-" + suffix, Role.LEADER, null, null);
        String staff = user(zone.id(), "staff-" + suffix, Role.STAFF, department.id(), null);
        return new TestZone(zone.id(), department.id(), admin, leader, staff, suffix);
    }

    /** Adds an enterprise user bound to the given enterprise and returns its user name. */
    public String enterpriseUser(TestZone zone, UUID enterpriseId) {
        return user(
                zone.id(),
                "ent-" + zone.suffix() + "-" + UUID.randomUUID().toString().substring(0, 4),
                Role.ENTERPRISE,
                null,
                enterpriseId);
    }

    private String user(UUID zoneId, String username, Role role, UUID department, UUID enterprise) {
        users.create(new Users.NewUser(zoneId, username, username, PASSWORD, role, department, enterprise), "test");
        return username;
    }

    /** A test zone and its users. */
    public record TestZone(UUID id, UUID departmentId, String admin, String leader, String staff, String suffix) {}
}
