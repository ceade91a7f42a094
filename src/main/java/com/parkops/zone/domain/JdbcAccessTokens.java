package com.parkops.zone.domain;

import com.parkops.zone.AccessTokens;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tokens are random 32-byte secrets; only their SHA-256 is stored. */
@Service
class JdbcAccessTokens implements AccessTokens {

    private static final String PREFIX = "pk_";

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    JdbcAccessTokens(JdbcClient jdbc, UserAccountRepository accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IssuedToken issue(ZoneUser owner, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into zone.access_token (zone_id, id, user_id, name, token_hash, token_prefix, expires_at)
                values (:zone, :id, :user, :name, :hash, :prefix, :expires)
                """)
                .param("zone", owner.zoneId())
                .param("id", id)
                .param("user", owner.id())
                .param("name", name)
                .param("hash", sha256(secret))
                .param("prefix", secret.substring(0, 8))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        audit.record(new AuditEntry(
                owner.zoneId(),
                owner.getUsername(),
                "access-token",
                id.toString(),
                "create",
                name,
                Map.of("name", new AuditEntry.Change(null, name))));
        return new IssuedToken(id, name, secret, expiresAt);
    }

    @Override
    public List<TokenView> list(ZoneUser owner) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, last_used_at from zone.access_token
                where zone_id = :zone and user_id = :user and revoked_at is null order by created_at desc
                """)
                .param("zone", owner.zoneId())
                .param("user", owner.id())
                .query((rs, n) -> new TokenView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("token_prefix"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class))))
                .list();
    }

    @Override
    @Transactional
    public boolean revoke(ZoneUser owner, UUID tokenId) {
        int revoked = jdbc.sql("""
                update zone.access_token set revoked_at = now()
                where zone_id = :zone and user_id = :user and id = :id and revoked_at is null
                """)
                .param("zone", owner.zoneId())
                .param("user", owner.id())
                .param("id", tokenId)
                .update();
        if (revoked > 0) {
            audit.record(new AuditEntry(
                    owner.zoneId(),
                    owner.getUsername(),
                    "access-token",
                    tokenId.toString(),
                    "revoke",
                    null,
                    Map.of("revoked", new AuditEntry.Change(false, true))));
        }
        return revoked > 0;
    }

    @Override
    public Optional<ZoneUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Owner(UUID zoneId, UUID userId) {}
        return jdbc.sql("""
                update zone.access_token set last_used_at = now()
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())
                returning zone_id, user_id
                """)
                .param("hash", sha256(secret))
                .query(Owner.class)
                .optional()
                .flatMap(owner -> accounts.principal(owner.zoneId(), owner.userId()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
