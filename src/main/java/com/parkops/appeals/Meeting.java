package com.parkops.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting or visit record (政企圆桌会议, 剑邑商谈, 入企听诉, 领导走访) and the enterprises that took
 * part; its appeals carry its id.
 */
public record Meeting(
        UUID id,
        Channel kind,
        LocalDate heldOn,
        String place,
        String host,
        String officials,
        String minutes,
        List<Participant> enterprises,
        String createdBy,
        Instant createdAt,
        int appeals) {

    /** A participating enterprise; {@code enterpriseId} and {@code creditCode} are null for one not in the registry. */
    public record Participant(UUID enterpriseId, String creditCode, String name) {}

    public Meeting {
        enterprises = List.copyOf(enterprises);
    }
}
