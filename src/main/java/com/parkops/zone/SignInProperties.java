package com.parkops.zone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param maxFailedAttempts failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param adminPassword password for {@code admin} on first start ({@code PARKOPS_ADMIN_PASSWORD});
 *     blank to generate one and print it once
 */
@ConfigurationProperties("parkops.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockout,
        String adminPassword) {}
