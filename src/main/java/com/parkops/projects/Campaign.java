package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campaign (e.g. 百日攻坚) with its targets and progress on {@code today} (the zone's date):
 * {@code percentMet} = met ÷ targets × 100, half-up to 2 decimals (0 without targets);
 * {@code daysLeft} = days from today to the deadline, the deadline day counting as 0 and never
 * below 0.
 */
public record Campaign(
        UUID id,
        String name,
        LocalDate startsOn,
        LocalDate deadline,
        String description,
        int version,
        LocalDate today,
        List<CampaignTarget> targets,
        int met,
        int pending,
        int missed,
        BigDecimal percentMet,
        long daysLeft) {

    public Campaign {
        targets = List.copyOf(targets);
    }

    /** Whether the deadline has passed. */
    public boolean ended() {
        return today.isAfter(deadline);
    }
}
