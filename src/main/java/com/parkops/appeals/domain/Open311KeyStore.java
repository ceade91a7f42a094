package com.parkops.appeals.domain;

import com.parkops.appeals.Open311Keys;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open311 keys are random 32-byte secrets ({@code o311_…}); only their SHA-256 is stored. */
@Service
class Open311KeyStore implements Open311Keys {

    static final String ENTITY = "open311-key";
    private static final String PREFIX = "o311_";
    private static final int MAX_NAME = 60;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AppealMessages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Open311KeyStore(JdbcClient jdbc, AuditLog audit, AppealMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedKey issue(ZoneUser admin, String name) {
        String trimmed = name == null ? "" : name.strip();
        List<InputError> errors = new ArrayList<>();
        if (trimmed.isEmpty()) {
            errors.add(messages.error("name", "appeals.error.required"));
        } else if (trimmed.length() > MAX_NAME) {
            errors.add(messages.error("name", "appeals.error.tooLong", MAX_NAME));
        } else if (liveName(admin.zoneId(), trimmed)) {
            errors.add(messages.error("name", "open311.keys.error.nameTaken"));
        }
        messages.refuse(errors);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into appeals.open311_key (zone_id, id, name, key_hash, key_prefix, created_by, created_at)
                values (:zone, :id, :name, :hash, :prefix, :by, :at)
                """)
                .param("zone", admin.zoneId())
                .param("id", id)
                .param("name", trimmed)
                .param("hash", sha256(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + 4))
                .param("by", admin.getUsername())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(
                admin.zoneId(),
                admin.getUsername(),
                ENTITY,
                id.toString(),
                "create",
                trimmed,
                Map.of("name", new AuditEntry.Change(null, trimmed))));
        return new IssuedKey(id, trimmed, secret);
    }

    private boolean liveName(UUID zoneId, String name) {
        return jdbc.sql("""
                select count(*) from appeals.open311_key
                where zone_id = :zone and lower(name) = lower(:name) and revoked_at is null
                """)
                        .param("zone", zoneId)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<KeyView> list(ZoneUser admin) {
        return jdbc.sql("""
                select id, name, key_prefix, created_by, created_at, last_used_at, revoked_at, revoked_by
                from appeals.open311_key where zone_id = :zone
                order by revoked_at is not null, created_at desc, name
                """)
                .param("zone", admin.zoneId())
                .query((rs, n) -> new KeyView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("key_prefix"),
                        rs.getString("created_by"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        rs.getString("revoked_by")))
                .list();
    }

    @Override
    @Transactional
    public void revoke(ZoneUser admin, UUID keyId) {
        Optional<String> name = jdbc.sql("""
                update appeals.open311_key set revoked_at = :at, revoked_by = :by, version = version + 1
                where zone_id = :zone and id = :id and revoked_at is null
                returning name
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", admin.getUsername())
                .param("zone", admin.zoneId())
                .param("id", keyId)
                .query(String.class)
                .optional();
        if (name.isEmpty()) {
            throw new NotFoundException("open311 key " + keyId);
        }
        audit.record(new AuditEntry(
                admin.zoneId(),
                admin.getUsername(),
                ENTITY,
                keyId.toString(),
                "revoke",
                name.get(),
                Map.of("revoked", new AuditEntry.Change(false, true))));
    }

    @Override
    @Transactional
    public Optional<KeyHolder> authenticate(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update appeals.open311_key set last_used_at = :at
                where key_hash = :hash and revoked_at is null
                returning zone_id, id, name
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("hash", sha256(apiKey))
                .query((rs, n) -> new KeyHolder(
                        rs.getObject("zone_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
