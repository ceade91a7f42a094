package com.parkops.zone;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Personal access tokens for the API ({@code Authorization: Bearer <token>}). */
public interface AccessTokens {

    /** A freshly issued token: {@code secret} is shown once and never stored. */
    record IssuedToken(UUID id, String name, String secret, Instant expiresAt) {}

    /** A token as listed to its owner. */
    record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    IssuedToken issue(ZoneUser owner, String name, Instant expiresAt);

    List<TokenView> list(ZoneUser owner);

    boolean revoke(ZoneUser owner, UUID tokenId);

    /**
     * The user a valid, unexpired, unrevoked token belongs to. The account may be locked or
     * disabled: the caller must check {@link ZoneUser#isAccountNonLocked()} and {@link
     * ZoneUser#isEnabled()} before letting the request in, so it can say which.
     */
    Optional<ZoneUser> authenticate(String secret);
}
