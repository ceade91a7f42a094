package com.parkops.projects;

import java.time.LocalDate;

/**
 * A project's plan, from which the planned date of every node is computed: the signed date, the
 * planned start and the planned production date, in this order.
 */
public record PlanDates(LocalDate signedOn, LocalDate plannedStart, LocalDate plannedProduction) {

    /** The plan date a rule counts from. */
    public LocalDate of(DateBase base) {
        return switch (base) {
            case SIGNED -> signedOn;
            case START -> plannedStart;
            case PRODUCTION -> plannedProduction;
        };
    }

    /** The planned date of a node with this rule: the base date plus {@code offsetDays}. */
    public LocalDate plannedOn(DateBase base, int offsetDays) {
        return of(base).plusDays(offsetDays);
    }
}
