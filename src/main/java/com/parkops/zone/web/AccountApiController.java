package com.parkops.zone.web;

import com.parkops.shared.NotFoundException;
import com.parkops.zone.AccessTokens;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and my personal access tokens. */
@RestController
@RequestMapping("/api/v1/zone")
class AccountApiController {

    record Me(String username, String displayName, String role, UUID zoneId, UUID departmentId, UUID enterpriseId) {}

    record NewToken(@NotBlank @Size(max = 100) String name, LocalDate expiresOn) {}

    record CreatedToken(UUID id, String name, String token, Instant expiresAt) {}

    private final AccessTokens tokens;

    AccountApiController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal ZoneUser user) {
        return new Me(
                user.getUsername(),
                user.displayName(),
                user.role().name(),
                user.zoneId(),
                user.departmentId().orElse(null),
                user.enterpriseId().orElse(null));
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken issue(@AuthenticationPrincipal ZoneUser user, @Valid @RequestBody NewToken request) {
        Instant expires = request.expiresOn() == null
                ? null
                : request.expiresOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        var issued = tokens.issue(user, request.name(), expires);
        return new CreatedToken(issued.id(), issued.name(), issued.secret(), issued.expiresAt());
    }

    @GetMapping("/tokens")
    List<AccessTokens.TokenView> list(@AuthenticationPrincipal ZoneUser user) {
        return tokens.list(user);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        if (!tokens.revoke(user, id)) {
            throw new NotFoundException("No such token");
        }
    }
}
