package com.parkops.registry.web;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.LandParcel;
import com.parkops.registry.ParcelData;
import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import com.parkops.zone.ZoneUser;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Parcels and qualifications of an enterprise, for ADMIN and STAFF. */
@RestController
@RequestMapping("/api/v1/registry/enterprises/{creditCode}")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class EnterpriseFactsApiController {

    /** A qualification; an update carries the version read. */
    record QualificationRequest(
            QualificationKind kind,
            QualificationLevel level,
            String certificateNo,
            LocalDate issuedOn,
            LocalDate expiresOn,
            QualificationStatus status,
            String note,
            Integer version) {

        QualificationData toData() {
            return new QualificationData(kind, level, certificateNo, issuedOn, expiresOn, status, note);
        }
    }

    private final EnterpriseCommands commands;
    private final Visibility visibility;

    EnterpriseFactsApiController(EnterpriseCommands commands, Visibility visibility) {
        this.commands = commands;
        this.visibility = visibility;
    }

    @PostMapping("/parcels")
    @ResponseStatus(HttpStatus.CREATED)
    LandParcel addParcel(
            @AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, @RequestBody ParcelData parcel) {
        visibility.enterprise(user, creditCode);
        return commands.addParcel(user.zoneId(), user.getUsername(), creditCode, parcel);
    }

    @DeleteMapping("/parcels/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeParcel(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, @PathVariable UUID id) {
        visibility.enterprise(user, creditCode);
        commands.removeParcel(user.zoneId(), user.getUsername(), creditCode, id);
    }

    @PostMapping("/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    EnterpriseJson.QualificationJson addQualification(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestBody QualificationRequest request) {
        visibility.enterprise(user, creditCode);
        Qualification added =
                commands.addQualification(user.zoneId(), user.getUsername(), creditCode, request.toData());
        return EnterpriseJson.QualificationJson.of(added);
    }

    @PutMapping("/qualifications/{id}")
    EnterpriseJson.QualificationJson updateQualification(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable UUID id,
            @RequestBody QualificationRequest request) {
        visibility.enterprise(user, creditCode);
        Qualification updated = commands.updateQualification(
                user.zoneId(),
                user.getUsername(),
                creditCode,
                id,
                EnterpriseRequest.required(request.version()),
                request.toData());
        return EnterpriseJson.QualificationJson.of(updated);
    }
}
