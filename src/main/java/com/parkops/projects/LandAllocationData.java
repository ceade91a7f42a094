package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One allocation of approved quota to a parcel.
 *
 * @param mu the area allocated, in mu, more than 0; all allocations of a request together never
 *     exceed its approved mu
 * @param parcel the parcel or plot number (地块编号)
 */
public record LandAllocationData(BigDecimal mu, LocalDate allocatedOn, String parcel, String note) {}
