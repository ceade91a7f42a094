package com.parkops.appeals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Service requests as Open311 GeoReport v2 sees them: a request posted by a client becomes an
 * appeal from channel {@link Channel#OPEN311}, taken in through the intake rules and logged with
 * actor {@code open311:<key name>}; reads cover the zone's Open311 appeals only.
 */
public interface Open311Requests {

    /**
     * A request as posted. {@code attributes} are the service definition's values by attribute code
     * ({@code type}, {@code urgency}, {@code title}, {@code enterprise_name}, {@code credit_code},
     * {@code workers_involved}, {@code amount_owed}, {@code amount_recovered}).
     */
    record Submission(
            String serviceCode,
            Double lat,
            Double lon,
            String addressString,
            String addressId,
            String email,
            String deviceId,
            String accountId,
            String firstName,
            String lastName,
            String phone,
            String description,
            String mediaUrl,
            Map<String, String> attributes) {

        public Submission {
            attributes = Map.copyOf(attributes);
        }
    }

    /** What the client gets back: the case number as service_request_id and a token for it. */
    record Receipt(String serviceRequestId, String token, String serviceNotice, String accountId) {}

    /**
     * One request: {@code open} unless the appeal is closed; {@code statusNotes} the latest reply or
     * closing text; {@code agencyResponsible} the current department; {@code expected} the current
     * deadline; {@code updated} the last change.
     */
    record ServiceRequest(
            String serviceRequestId,
            boolean open,
            String statusNotes,
            String serviceName,
            String serviceCode,
            String description,
            String agencyResponsible,
            Instant requested,
            Instant updated,
            Instant expected,
            String address,
            String addressId,
            BigDecimal lat,
            BigDecimal lon,
            String mediaUrl,
            String token) {}

    /**
     * Which requests: {@code ids} (case numbers) override everything else; otherwise received in
     * [{@code from}, {@code until}), of {@code serviceCode} (null = any), with status open/closed
     * (null = both).
     */
    record Query(List<String> ids, String serviceCode, Instant from, Instant until, Boolean open, int limit) {

        public Query {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /**
     * What an Open311 client sent with an appeal beyond the appeal itself, for the service centre's
     * case page: the key it came through, where (address, address id, coordinates), the media link,
     * and the submitter's contact and account. Contains personal data: not for enterprise users.
     */
    record Source(
            String keyName,
            String address,
            String addressId,
            BigDecimal lat,
            BigDecimal lon,
            String mediaUrl,
            String email,
            String firstName,
            String lastName,
            String phone,
            String deviceId,
            String accountId) {

        /** 姓 before 名 for a Chinese family name, else first name first; null without either. */
        public String submitterName() {
            if (firstName == null || lastName == null) {
                return firstName == null ? lastName : firstName;
            }
            return lastName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? lastName + firstName
                    : firstName + " " + lastName;
        }

        /** Whether the submitter left any contact or account detail. */
        public boolean hasSubmitter() {
            return email != null
                    || firstName != null
                    || lastName != null
                    || phone != null
                    || deviceId != null
                    || accountId != null;
        }
    }

    /** Takes a request in; invalid input → InvalidInputException with Open311 parameter names. */
    Receipt submit(Open311Keys.KeyHolder key, Submission submission);

    /** The zone's Open311 requests matching the query, newest first. */
    List<ServiceRequest> find(UUID zoneId, Query query);

    /** The zone's Open311 request with this case number. */
    Optional<ServiceRequest> find(UUID zoneId, String serviceRequestId);

    /**
     * What Open311 added to the zone's appeal {@code appealId}; empty when it did not come through
     * Open311. No scope check: the caller shows it only to staff who may see the appeal.
     */
    Optional<Source> source(UUID zoneId, UUID appealId);

    /** The zone's Open311 request that this token stands for. */
    Optional<ServiceRequest> byToken(UUID zoneId, String token);
}
