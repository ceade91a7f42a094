package com.parkops.registry.web;

import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A qualification; an empty expiry is derived from the issue date and the kind's usual term. */
record QualificationForm(
        @NotNull(message = "{registry.error.required}") QualificationKind kind,
        QualificationLevel level,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String certificateNo,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        QualificationStatus status,

        @Size(max = 500, message = "{registry.validation.tooLong}")
        String note,

        Integer version) {

    static QualificationForm empty() {
        return new QualificationForm(null, null, null, null, null, QualificationStatus.VALID, null, null);
    }

    static QualificationForm of(Qualification q) {
        return new QualificationForm(
                q.kind(), q.level(), q.certificateNo(), q.issuedOn(), q.expiresOn(), q.status(), q.note(), q.version());
    }

    QualificationData toData() {
        return new QualificationData(kind, level, certificateNo, issuedOn, expiresOn, status, note);
    }
}
