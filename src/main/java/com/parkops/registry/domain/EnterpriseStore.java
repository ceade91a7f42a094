package com.parkops.registry.domain;

import com.parkops.registry.Contacts;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.Scale;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to {@code registry.enterprise}; each change increases {@code version}. */
@Repository
class EnterpriseStore {

    /** Separates tags when they travel as one text parameter (a character no tag contains). */
    private static final String TAG_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;

    EnterpriseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID zoneId, UUID id, EnterpriseData data, UUID chainId) {
        jdbc.sql("""
                        insert into registry.enterprise
                            (zone_id, id, credit_code, name, industry_code, chain_id, emerging_category, scale,
                             above_scale_since, registered_on, exempt_reason, address, legal_representative,
                             contact_name, contact_phone, contact_email, tags)
                        values (:zone, :id, :code, :name, :industry, :chain, :emerging, :scale,
                                :since, :registered, :exempt, :address, :legal,
                                :contactName, :contactPhone, :contactEmail, string_to_array(:tags, :separator))
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("code", data.creditCode())
                .params(columns(data, chainId))
                .update();
    }

    /** Replaces the facts if the version is still {@code expectedVersion}, or unconditionally when null. */
    void update(UUID zoneId, UUID id, Integer expectedVersion, EnterpriseData data, UUID chainId) {
        int rows = jdbc.sql("""
                        update registry.enterprise
                        set name = :name, industry_code = :industry, chain_id = :chain,
                            emerging_category = :emerging, scale = :scale, above_scale_since = :since,
                            registered_on = :registered, exempt_reason = :exempt, address = :address,
                            legal_representative = :legal, contact_name = :contactName,
                            contact_phone = :contactPhone, contact_email = :contactEmail,
                            tags = string_to_array(:tags, :separator),
                            version = version + 1, updated_at = now()
                        where zone_id = :zone and id = :id and (:anyVersion or version = :version)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("anyVersion", expectedVersion == null)
                .param("version", expectedVersion == null ? -1 : expectedVersion)
                .params(columns(data, chainId))
                .update();
        if (rows == 0) {
            throw stale(id);
        }
    }

    void updateContacts(UUID zoneId, UUID id, int expectedVersion, Contacts contacts) {
        int rows = jdbc.sql("""
                        update registry.enterprise
                        set address = :address, contact_name = :name, contact_phone = :phone, contact_email = :email,
                            version = version + 1, updated_at = now()
                        where zone_id = :zone and id = :id and version = :version
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("version", expectedVersion)
                .param("address", contacts.address())
                .param("name", contacts.contactName())
                .param("phone", contacts.contactPhone())
                .param("email", contacts.contactEmail())
                .update();
        if (rows == 0) {
            throw stale(id);
        }
    }

    void updateScale(UUID zoneId, UUID id, Scale scale, YearMonth since) {
        jdbc.sql("""
                        update registry.enterprise
                        set scale = :scale, above_scale_since = :since, version = version + 1, updated_at = now()
                        where zone_id = :zone and id = :id
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("scale", scale.name())
                .param("since", EnterpriseRows.firstDay(since))
                .update();
    }

    /** Marks a change to the enterprise's parcels, qualifications or patents. */
    void touch(UUID zoneId, UUID id) {
        jdbc.sql("update registry.enterprise set updated_at = now() where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> columns(EnterpriseData data, UUID chainId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", data.name());
        params.put("industry", data.industryCode());
        params.put("chain", chainId);
        params.put(
                "emerging",
                data.emergingCategory() == null ? null : data.emergingCategory().name());
        params.put("scale", (data.scale() == null ? Scale.BELOW : data.scale()).name());
        params.put("since", EnterpriseRows.firstDay(data.aboveScaleSince()));
        params.put("registered", data.registeredOn());
        params.put("exempt", data.exemptReason());
        params.put("address", data.address());
        params.put("legal", data.legalRepresentative());
        params.put("contactName", data.contactName());
        params.put("contactPhone", data.contactPhone());
        params.put("contactEmail", data.contactEmail());
        params.put("tags", String.join(TAG_SEPARATOR, data.tags()));
        params.put("separator", TAG_SEPARATOR);
        return params;
    }

    private static OptimisticLockingFailureException stale(UUID id) {
        return new OptimisticLockingFailureException("Enterprise " + id + " was changed by someone else");
    }
}
