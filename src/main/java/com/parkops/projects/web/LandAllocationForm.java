package com.parkops.projects.web;

import com.parkops.projects.LandAllocationData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One allocation as entered, with the request's version. */
record LandAllocationForm(Integer version, BigDecimal mu, LocalDate allocatedOn, String parcel, String note) {

    LandAllocationData toData() {
        return new LandAllocationData(mu, allocatedOn, parcel, note);
    }
}
