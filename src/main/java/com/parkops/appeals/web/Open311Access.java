package com.parkops.appeals.web;

import com.parkops.appeals.Open311Keys;
import com.parkops.appeals.Open311Keys.KeyHolder;
import com.parkops.zone.Zones;
import com.parkops.zone.Zones.Zone;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which zone an Open311 call is about. An {@code api_key} names its zone; without one,
 * {@code jurisdiction_id} (the zone code) does, and may be left out when the installation has a
 * single zone. Service requests are read and posted only with a live key (403 otherwise).
 */
@Component
class Open311Access {

    private final Open311Keys keys;
    private final Zones zones;
    private final MessageSource messages;

    Open311Access(Open311Keys keys, Zones zones, MessageSource messages) {
        this.keys = keys;
        this.zones = zones;
        this.messages = messages;
    }

    /** The zone for services and service definitions. */
    Zone zone(String jurisdictionId, String apiKey) {
        if (present(apiKey)) {
            return zoneOf(key(apiKey, jurisdictionId));
        }
        if (present(jurisdictionId)) {
            return byCode(jurisdictionId.strip())
                    .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, text("open311.error.jurisdiction")));
        }
        List<Zone> all = zones.all();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new Open311Error(HttpStatus.BAD_REQUEST, text("open311.error.jurisdictionRequired"));
    }

    /** The holder of a live key; a {@code jurisdiction_id}, if given, must be the key's zone. */
    KeyHolder key(String apiKey, String jurisdictionId) {
        if (!present(apiKey)) {
            throw new Open311Error(HttpStatus.FORBIDDEN, text("open311.error.apiKeyRequired"));
        }
        KeyHolder holder = keys.authenticate(apiKey.strip())
                .orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, text("open311.error.apiKey")));
        if (present(jurisdictionId)
                && byCode(jurisdictionId.strip())
                        .filter(z -> z.id().equals(holder.zoneId()))
                        .isEmpty()) {
            throw new Open311Error(HttpStatus.FORBIDDEN, text("open311.error.keyJurisdiction"));
        }
        return holder;
    }

    Zone zoneOf(KeyHolder holder) {
        return zones.find(holder.zoneId()).orElseThrow();
    }

    private Optional<Zone> byCode(String code) {
        return zones.all().stream().filter(z -> z.code().equals(code)).findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
