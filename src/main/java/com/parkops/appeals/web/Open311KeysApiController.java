package com.parkops.appeals.web;

import com.parkops.appeals.Open311Keys;
import com.parkops.appeals.Open311Keys.KeyView;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The zone's Open311 API keys (administrators): issue (the key is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/appeals/open311-keys")
@PreAuthorize("hasRole('ADMIN')")
class Open311KeysApiController {

    /** {@code {"name":"…"}} */
    record NewKey(String name) {}

    /** {@code {"id":…,"name":"…","apiKey":"…"}}: the key itself, shown this once. */
    record Issued(UUID id, String name, String apiKey) {}

    private final Open311Keys keys;

    Open311KeysApiController(Open311Keys keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Issued issue(@AuthenticationPrincipal ZoneUser admin, @RequestBody NewKey body) {
        Open311Keys.IssuedKey issued = keys.issue(admin, body == null ? null : body.name());
        return new Issued(issued.id(), issued.name(), issued.apiKey());
    }

    @GetMapping
    List<KeyView> list(@AuthenticationPrincipal ZoneUser admin) {
        return keys.list(admin);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ZoneUser admin, @PathVariable UUID id) {
        keys.revoke(admin, id);
    }
}
