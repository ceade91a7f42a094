package com.parkops.zone;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, in which zone, with which role, and for an
 * enterprise user the one enterprise it is bound to.
 */
public final class ZoneUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final UUID zoneId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Role role;
    private final UUID departmentId;
    private final UUID enterpriseId;
    private final boolean enabled;
    private final boolean locked;

    public ZoneUser(
            UUID id,
            UUID zoneId,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            UUID departmentId,
            UUID enterpriseId,
            boolean enabled,
            boolean locked) {
        this.id = id;
        this.zoneId = zoneId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.departmentId = departmentId;
        this.enterpriseId = enterpriseId;
        this.enabled = enabled;
        this.locked = locked;
    }

    public UUID id() {
        return id;
    }

    public UUID zoneId() {
        return zoneId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<UUID> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    /** The enterprise an enterprise user is bound to; empty for everyone else. */
    public Optional<UUID> enterpriseId() {
        return Optional.ofNullable(enterpriseId);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** Whether this user may see the given enterprise at all. */
    public boolean maySee(UUID enterprise) {
        return role.seesWholeZone() || enterprise.equals(enterpriseId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZoneUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + ")";
    }
}
