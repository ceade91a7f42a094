package com.parkops.registry.domain;

import com.parkops.registry.Enterprise;
import com.parkops.registry.LandParcel;
import com.parkops.registry.LandTenure;
import com.parkops.registry.LandUse;
import com.parkops.registry.ParcelData;
import com.parkops.registry.PatentCount;
import com.parkops.registry.PatentKind;
import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationStatus;
import com.parkops.registry.Scale;
import com.parkops.registry.ScaleEvent;
import com.parkops.registry.ScaleEventKind;
import com.parkops.shared.InputError;
import com.parkops.shared.LandArea;
import com.parkops.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The facts kept beside an enterprise: parcels, qualifications, patents and the 入规 history. */
@Component
class FactsEditing {

    /** numeric(14, 2): at most 12 digits before the decimal point. */
    static final BigDecimal MAX_AREA = new BigDecimal("999999999999.99");

    private final EnterpriseEditing enterprises;
    private final EnterpriseStore store;
    private final ParcelStore parcels;
    private final QualificationStore qualifications;
    private final HistoryStore history;
    private final SettingsStore settings;
    private final ZoneCalendar calendar;
    private final RegistryAudit audit;
    private final RegistryMessages messages;

    FactsEditing(
            EnterpriseEditing enterprises,
            EnterpriseStore store,
            ParcelStore parcels,
            QualificationStore qualifications,
            HistoryStore history,
            SettingsStore settings,
            ZoneCalendar calendar,
            RegistryAudit audit,
            RegistryMessages messages) {
        this.enterprises = enterprises;
        this.store = store;
        this.parcels = parcels;
        this.qualifications = qualifications;
        this.history = history;
        this.settings = settings;
        this.calendar = calendar;
        this.audit = audit;
        this.messages = messages;
    }

    LandParcel addParcel(UUID zoneId, String actor, String creditCode, ParcelData data) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        List<InputError> errors = new ArrayList<>();
        if (data.areaM2() == null) {
            errors.add(messages.error(null, "areaM2", "registry.error.required"));
        } else if (data.areaM2().signum() < 0 || data.areaM2().compareTo(MAX_AREA) > 0) {
            errors.add(messages.error(null, "areaM2", "registry.error.area"));
        }
        String certificate = Text.clean(data.certificateNo());
        if (certificate != null && certificate.length() > EnterpriseValidator.MAX_SHORT) {
            errors.add(messages.error(null, "certificateNo", "registry.error.tooLong", EnterpriseValidator.MAX_SHORT));
        }
        messages.refuse(errors);
        BigDecimal area = data.areaM2().setScale(2, RoundingMode.HALF_UP);
        LandParcel parcel = new LandParcel(
                UUID.randomUUID(),
                certificate,
                area,
                LandArea.squareMetresToMu(area),
                data.landUse() == null ? LandUse.INDUSTRIAL : data.landUse(),
                data.tenure() == null ? LandTenure.OWNED : data.tenure(),
                false,
                Text.clean(data.note()));
        parcels.insert(zoneId, enterprise.id(), parcel);
        store.touch(zoneId, enterprise.id());
        audit.enterprise(
                zoneId,
                actor,
                enterprise.creditCode(),
                "parcel.add",
                parcelSummary(parcel),
                Map.of(),
                AuditSnapshots.of(parcel));
        return parcel;
    }

    void removeParcel(UUID zoneId, String actor, String creditCode, UUID parcelId) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        LandParcel parcel = parcels.find(zoneId, enterprise.id(), parcelId)
                .orElseThrow(() -> new NotFoundException(messages.text("registry.error.parcelNotFound")));
        parcels.delete(zoneId, enterprise.id(), parcelId);
        store.touch(zoneId, enterprise.id());
        audit.enterprise(
                zoneId,
                actor,
                enterprise.creditCode(),
                "parcel.remove",
                parcelSummary(parcel),
                AuditSnapshots.of(parcel),
                Map.of());
    }

    Qualification addQualification(UUID zoneId, String actor, String creditCode, QualificationData raw) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        QualificationData data = checked(raw);
        UUID id = UUID.randomUUID();
        qualifications.insert(zoneId, enterprise.id(), id, data);
        store.touch(zoneId, enterprise.id());
        audit.enterprise(
                zoneId,
                actor,
                enterprise.creditCode(),
                "qualification.add",
                data.kind().chineseName(),
                Map.of(),
                AuditSnapshots.of(data));
        return reload(zoneId, enterprise.id(), id);
    }

    Qualification updateQualification(
            UUID zoneId, String actor, String creditCode, UUID id, int expectedVersion, QualificationData raw) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        Qualification before = reload(zoneId, enterprise.id(), id);
        QualificationData data = checked(raw);
        qualifications.update(zoneId, enterprise.id(), id, expectedVersion, data);
        store.touch(zoneId, enterprise.id());
        audit.enterprise(
                zoneId,
                actor,
                enterprise.creditCode(),
                "qualification.update",
                data.kind().chineseName(),
                AuditSnapshots.of(new QualificationData(
                        before.kind(),
                        before.level(),
                        before.certificateNo(),
                        before.issuedOn(),
                        before.expiresOn(),
                        before.status(),
                        before.note())),
                AuditSnapshots.of(data));
        return reload(zoneId, enterprise.id(), id);
    }

    void setPatents(UUID zoneId, String actor, String creditCode, int year, Map<PatentKind, Integer> granted) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        List<InputError> errors = new ArrayList<>();
        if (year < 1949 || year > calendar.today(zoneId).getYear() + 1) {
            errors.add(messages.error(null, "year", "registry.error.year"));
        }
        Map<PatentKind, Integer> counts = new EnumMap<>(PatentKind.class);
        for (PatentKind kind : PatentKind.values()) {
            Integer count = granted.get(kind);
            if (count != null && count < 0) {
                errors.add(messages.error(null, kind.name(), "registry.error.negative"));
            }
            counts.put(kind, count == null ? 0 : count);
        }
        messages.refuse(errors);
        Map<String, Object> before = patentSnapshot(
                year,
                history.patents(zoneId, enterprise.id()).stream()
                        .filter(p -> p.year() == year)
                        .toList());
        history.replacePatents(zoneId, enterprise.id(), year, counts);
        store.touch(zoneId, enterprise.id());
        Map<String, Object> after = new LinkedHashMap<>();
        counts.forEach((kind, count) -> after.put(year + " " + kind.chineseName(), count));
        audit.enterprise(zoneId, actor, enterprise.creditCode(), "patents", String.valueOf(year), before, after);
    }

    ScaleEvent recordScaleEvent(
            UUID zoneId, String actor, String creditCode, ScaleEventKind kind, YearMonth period, String note) {
        Enterprise enterprise = enterprises.existing(zoneId, creditCode);
        List<InputError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(messages.error(null, "kind", "registry.error.required"));
        }
        if (period == null) {
            errors.add(messages.error(null, "period", "registry.error.required"));
        }
        String cleanNote = Text.clean(note);
        if (cleanNote != null && cleanNote.length() > EnterpriseValidator.MAX_TEXT) {
            errors.add(messages.error(null, "note", "registry.error.tooLong", EnterpriseValidator.MAX_TEXT));
        }
        messages.refuse(errors);
        ScaleEvent event = history.addScaleEvent(zoneId, enterprise.id(), kind, period, cleanNote);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("scale", enterprise.scale().chinese());
        before.put("aboveScaleSince", enterprise.aboveScaleSince());
        Map<String, Object> after = new LinkedHashMap<>(before);
        if (kind == ScaleEventKind.ENTERED) {
            store.updateScale(zoneId, enterprise.id(), Scale.ABOVE, period);
            after.put("scale", Scale.ABOVE.chinese());
            after.put("aboveScaleSince", period);
        } else if (kind == ScaleEventKind.DROPPED) {
            store.updateScale(zoneId, enterprise.id(), Scale.BELOW, enterprise.aboveScaleSince());
            after.put("scale", Scale.BELOW.chinese());
        }
        after.put("event", kind.name() + " " + period + (cleanNote == null ? "" : " " + cleanNote));
        audit.enterprise(
                zoneId, actor, enterprise.creditCode(), "scale." + kind.name(), period.toString(), before, after);
        return event;
    }

    private QualificationData checked(QualificationData raw) {
        List<InputError> errors = new ArrayList<>();
        if (raw.kind() == null) {
            errors.add(messages.error(null, "kind", "registry.error.required"));
        }
        if (raw.issuedOn() != null && raw.expiresOn() != null && raw.expiresOn().isBefore(raw.issuedOn())) {
            errors.add(messages.error(null, "expiresOn", "registry.error.expiryBeforeIssue"));
        }
        String certificate = Text.clean(raw.certificateNo());
        if (certificate != null && certificate.length() > EnterpriseValidator.MAX_SHORT) {
            errors.add(messages.error(null, "certificateNo", "registry.error.tooLong", EnterpriseValidator.MAX_SHORT));
        }
        String note = Text.clean(raw.note());
        if (note != null && note.length() > EnterpriseValidator.MAX_TEXT) {
            errors.add(messages.error(null, "note", "registry.error.tooLong", EnterpriseValidator.MAX_TEXT));
        }
        messages.refuse(errors);
        return new QualificationData(
                raw.kind(),
                raw.level(),
                certificate,
                raw.issuedOn(),
                raw.expiresOn() != null
                        ? raw.expiresOn()
                        : raw.kind().usualExpiry(raw.issuedOn()).orElse(null),
                raw.status() == null ? QualificationStatus.VALID : raw.status(),
                note);
    }

    private Qualification reload(UUID zoneId, UUID enterpriseId, UUID id) {
        return qualifications
                .find(
                        zoneId,
                        enterpriseId,
                        id,
                        calendar.today(zoneId),
                        settings.find(zoneId).qualificationAlertDays())
                .orElseThrow(() -> new NotFoundException(messages.text("registry.error.qualificationNotFound")));
    }

    private static Map<String, Object> patentSnapshot(int year, List<PatentCount> counts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (PatentKind kind : PatentKind.values()) {
            fields.put(
                    year + " " + kind.chineseName(),
                    counts.stream()
                            .filter(c -> c.kind() == kind)
                            .mapToInt(PatentCount::granted)
                            .sum());
        }
        return fields;
    }

    private static String parcelSummary(LandParcel parcel) {
        return (parcel.certificateNo() == null ? "" : parcel.certificateNo() + " ")
                + parcel.areaM2().toPlainString() + " m²";
    }
}
