package com.parkops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * Writes to the registry, for this module's pages and API and for other modules (such as a demo
 * data generator). Every call runs in one transaction, is scoped to one zone and is recorded in
 * the audit log under {@code actor} (a user name, or {@code system}).
 *
 * <p>Invalid input throws {@link com.parkops.shared.InvalidInputException} listing every
 * problem; an unknown enterprise throws {@link com.parkops.shared.NotFoundException}; a stale
 * {@code expectedVersion} throws {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
public interface EnterpriseCommands {

    Enterprise create(UUID zoneId, String actor, EnterpriseData data);

    /** Replaces the enterprise's facts (the credit code stays). */
    Enterprise update(UUID zoneId, String actor, String creditCode, int expectedVersion, EnterpriseData data);

    /** Changes only the address and contact fields: what an enterprise user may edit itself. */
    Enterprise updateContacts(UUID zoneId, String actor, String creditCode, int expectedVersion, Contacts contacts);

    LandParcel addParcel(UUID zoneId, String actor, String creditCode, ParcelData parcel);

    void removeParcel(UUID zoneId, String actor, String creditCode, UUID parcelId);

    Qualification addQualification(UUID zoneId, String actor, String creditCode, QualificationData data);

    Qualification updateQualification(
            UUID zoneId,
            String actor,
            String creditCode,
            UUID qualificationId,
            int expectedVersion,
            QualificationData data);

    /** Sets the patents granted in one year; a type left out of {@code granted} is set to 0. */
    void setPatents(UUID zoneId, String actor, String creditCode, int year, Map<PatentKind, Integer> granted);

    /**
     * Records a step of the 入规 history. {@code ENTERED} makes the enterprise 规上 from {@code
     * period}; {@code DROPPED} makes it 规下.
     */
    ScaleEvent recordScaleEvent(
            UUID zoneId, String actor, String creditCode, ScaleEventKind kind, YearMonth period, String note);

    /** Returns the chain's name as stored, creating the chain when the zone has none of that name. */
    String ensureChain(UUID zoneId, String actor, String name);

    /** Sets the zone's 首位产业 to an existing chain, or clears it when {@code chainName} is blank. */
    RegistrySettings setLeadingChain(UUID zoneId, String actor, String chainName);

    /** Replaces the zone's registry settings; the leading chain must exist. */
    RegistrySettings updateSettings(UUID zoneId, String actor, RegistrySettings settings);

    /**
     * Imports a CSV or XLSX registry file (columns as in the API guide), all or nothing: any invalid
     * row throws {@link com.parkops.shared.InvalidInputException} with every error (row 1 is the
     * header) and nothing is written.
     */
    ImportResult importFile(UUID zoneId, String actor, InputStream file) throws IOException;
}
