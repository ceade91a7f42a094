package com.parkops.support;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseData;
import com.parkops.shared.CreditCode;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;

/**
 * A stand-in {@link EnterpriseDirectory} that knows only the enterprises a test registers, so the
 * zone module's tests need no registry. It sits beside the registry's own directory when there is
 * one; the zone module asks every directory in turn.
 */
/** Registers real enterprises in the registry for tests of other modules. */
@TestComponent
public class TestEnterprises {

    private final EnterpriseCommands commands;

    TestEnterprises(EnterpriseCommands commands) {
        this.commands = commands;
    }

    /** Registers an enterprise with a fresh valid credit code in the zone. */
    public EnterpriseRef register(UUID zoneId, String name) {
        var created = commands.create(zoneId, "test", EnterpriseData.of(newCreditCode(), name));
        return new EnterpriseRef(created.id(), created.creditCode(), created.name());
    }

    /** A valid code that no real enterprise has: 91 + 6 digits of region + 9 random digits + check. */
    public static String newCreditCode() {
        var random = ThreadLocalRandom.current();
        String first17 = "91330100" + String.format("%09d", random.nextInt(1_000_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }
}
