package com.parkops.indicators;

import com.parkops.registry.Scale;
import com.parkops.shared.CreditCode;
import com.parkops.support.RegistryTestData;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small zone of enterprises in one chain, for tests that write their own figures. */
final class CraftedZone {

    private CraftedZone() {}

    /** A valid credit code made from a number. */
    static String code(int number) {
        String first17 = "9136098100000%04d".formatted(number);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Registers enterprises 0..count-1 in chain 测试链; returns their ids in order. */
    static List<UUID> register(JdbcClient jdbc, TestZones.TestZone zone, int count) {
        RegistryTestData registry = new RegistryTestData(jdbc);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(registry.enterprise(zone.id(), code(i), "测试链", null, Scale.ABOVE, null, 6667));
        }
        return ids;
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
