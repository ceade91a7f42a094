package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The API keys of a zone's Open311 clients. A key is a random secret shown once when issued; only
 * its SHA-256 is stored. Administrators issue, list and revoke keys; every change is audited.
 */
public interface Open311Keys {

    /** A freshly issued key: {@code apiKey} is shown once and never stored. */
    record IssuedKey(UUID id, String name, String apiKey) {}

    /** A key as listed: its first characters, when it was made and last used, and whether revoked. */
    record KeyView(
            UUID id,
            String name,
            String prefix,
            String createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String revokedBy) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A valid key presented by a client: the zone it belongs to and its name. */
    record KeyHolder(UUID zoneId, UUID keyId, String name) {}

    /** Issues a key named {@code name} (1–60 characters, unique among the zone's live keys). */
    IssuedKey issue(ZoneUser admin, String name);

    /** Every key of the administrator's zone, newest first, revoked ones included. */
    List<KeyView> list(ZoneUser admin);

    /** Revokes a live key of the zone; an unknown or already revoked key → NotFoundException. */
    void revoke(ZoneUser admin, UUID keyId);

    /** The holder of a live key (recording its use), or empty for an unknown or revoked key. */
    Optional<KeyHolder> authenticate(String apiKey);
}
