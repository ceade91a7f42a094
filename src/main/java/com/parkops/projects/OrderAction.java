package com.parkops.projects;

import java.time.LocalDate;

/**
 * Input of an order step.
 *
 * @param text the reply, the closing note or the reason for sending it back
 * @param deadline for issuing: the deadline, or null for the zone's default working days
 * @param version the order version read (ignored when issuing)
 */
public record OrderAction(String text, LocalDate deadline, Integer version) {}
