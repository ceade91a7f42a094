package com.parkops.support;

import com.parkops.shared.CreditCode;
import com.parkops.zone.EnterpriseDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;

/**
 * A stand-in {@link EnterpriseDirectory} that knows only the enterprises a test registers, so the
 * zone module's tests need no registry. It sits beside the registry's own directory when there is
 * one; the zone module asks every directory in turn.
 */
@TestComponent
public class TestEnterprises implements EnterpriseDirectory {

    private final Map<UUID, Map<String, EnterpriseRef>> byZone = new ConcurrentHashMap<>();

    /** Registers an enterprise with a fresh valid credit code in the zone. */
    public EnterpriseRef register(UUID zoneId, String name) {
        var ref = new EnterpriseRef(UUID.randomUUID(), newCreditCode(), name);
        byZone.computeIfAbsent(zoneId, zone -> new ConcurrentHashMap<>()).put(ref.creditCode(), ref);
        return ref;
    }

    @Override
    public Optional<EnterpriseRef> byCreditCode(UUID zoneId, String creditCode) {
        return Optional.ofNullable(byZone.getOrDefault(zoneId, Map.of()).get(creditCode));
    }

    @Override
    public Optional<EnterpriseRef> byId(UUID zoneId, UUID id) {
        return byZone.getOrDefault(zoneId, Map.of()).values().stream()
                .filter(ref -> ref.id().equals(id))
                .findFirst();
    }

    /** A valid code that no real enterprise has: 91 + 6 digits of region + 9 random digits + check. */
    public static String newCreditCode() {
        var random = ThreadLocalRandom.current();
        String first17 = "91330100" + String.format("%09d", random.nextInt(1_000_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }
}
