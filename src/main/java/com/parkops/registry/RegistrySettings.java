package com.parkops.registry;

/**
 * The registry settings of a zone.
 *
 * @param leadingChain name of the 首位产业 chain, or null
 * @param countLeasedLand whether leased industrial land counts for per-mu figures (default no)
 * @param qualificationAlertDays days before expiry a qualification is flagged (default 90)
 * @param version for optimistic locking; ignored when creating the first settings of a zone
 */
public record RegistrySettings(String leadingChain, boolean countLeasedLand, int qualificationAlertDays, int version) {

    public static final int DEFAULT_ALERT_DAYS = 90;

    public static RegistrySettings defaults() {
        return new RegistrySettings(null, false, DEFAULT_ALERT_DAYS, 0);
    }
}
