package com.parkops.projects;

import java.time.LocalDate;

/**
 * A node's actual date and note (completion), or a move of its planned date with the reason.
 *
 * @param version the node version read
 */
public record NodeUpdate(LocalDate actualOn, String note, LocalDate plannedOn, String reason, Integer version) {}
