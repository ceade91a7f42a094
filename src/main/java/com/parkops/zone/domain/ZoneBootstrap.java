package com.parkops.zone.domain;

import com.parkops.zone.Role;
import com.parkops.zone.SignInProperties;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start (no user at all) creates the zone and its administrator {@code admin},
 * with {@code PARKOPS_ADMIN_PASSWORD} or a generated password printed once.
 */
@Component
@Order(0)
class ZoneBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZoneBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Zones zones;
    private final Users users;
    private final SignInProperties signIn;
    private final String zoneCode;
    private final String zoneName;

    ZoneBootstrap(
            Zones zones,
            Users users,
            SignInProperties signIn,
            @Value("${parkops.zone.code:default}") String zoneCode,
            @Value("${parkops.zone.name:高新区}") String zoneName) {
        this.zones = zones;
        this.users = users;
        this.signIn = signIn;
        this.zoneCode = zoneCode;
        this.zoneName = zoneName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyUser()) {
            return;
        }
        var zone = zones.create(zoneCode, zoneName, "system");
        boolean generated =
                signIn.adminPassword() == null || signIn.adminPassword().isBlank();
        String password = generated ? generatePassword() : signIn.adminPassword();
        users.create(new Users.NewUser(zone.id(), "admin", "系统管理员", password, Role.ADMIN, null, null), "system");
        if (generated) {
            log.warn("""

                    ============================================================
                    ParkOps first start: user 'admin' was created with password
                        {}
                    It is shown only this once. Change it after signing in.
                    ============================================================""", password);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
