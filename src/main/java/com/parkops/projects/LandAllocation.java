package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An allocation as stored; {@code mu} in mu with 2 decimals. */
public record LandAllocation(
        UUID id, BigDecimal mu, LocalDate allocatedOn, String parcel, String note, String createdBy) {}
