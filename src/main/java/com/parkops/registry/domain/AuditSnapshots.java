package com.parkops.registry.domain;

import com.parkops.registry.Contacts;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.LandParcel;
import com.parkops.registry.QualificationData;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of registry records as the audit log compares them. */
final class AuditSnapshots {

    private AuditSnapshots() {}

    static Map<String, Object> of(EnterpriseData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", data.name());
        fields.put("industryCode", data.industryCode());
        fields.put("chain", data.chain());
        fields.put(
                "emergingCategory",
                data.emergingCategory() == null ? null : data.emergingCategory().shortName());
        fields.put("scale", data.scale() == null ? null : data.scale().chinese());
        fields.put("aboveScaleSince", data.aboveScaleSince());
        fields.put("registeredOn", data.registeredOn());
        fields.put("exemptReason", data.exemptReason());
        fields.put("legalRepresentative", data.legalRepresentative());
        fields.putAll(of(new Contacts(data.address(), data.contactName(), data.contactPhone(), data.contactEmail())));
        fields.put("tags", data.tags().isEmpty() ? null : String.join(", ", data.tags()));
        return fields;
    }

    static Map<String, Object> of(Contacts contacts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("address", contacts.address());
        fields.put("contactName", contacts.contactName());
        fields.put("contactPhone", contacts.contactPhone());
        fields.put("contactEmail", contacts.contactEmail());
        return fields;
    }

    static Map<String, Object> of(LandParcel parcel) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("certificateNo", parcel.certificateNo());
        fields.put("areaM2", parcel.areaM2());
        fields.put("landUse", parcel.landUse());
        fields.put("tenure", parcel.tenure());
        fields.put("note", parcel.note());
        return fields;
    }

    static Map<String, Object> of(QualificationData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", data.kind().chineseName());
        fields.put("level", data.level() == null ? null : data.level().chineseName());
        fields.put("certificateNo", data.certificateNo());
        fields.put("issuedOn", data.issuedOn());
        fields.put("expiresOn", data.expiresOn());
        fields.put("status", data.status() == null ? null : data.status().chineseName());
        fields.put("note", data.note());
        return fields;
    }
}
