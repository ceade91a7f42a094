package com.parkops.registry;

import java.math.BigDecimal;

/** A parcel to add: area in m² (≥ 0); use and tenure default to industrial and owned. */
public record ParcelData(String certificateNo, BigDecimal areaM2, LandUse landUse, LandTenure tenure, String note) {}
