package com.parkops.registry;

/** What a parcel is used for; only {@code INDUSTRIAL} land counts for per-mu figures. */
public enum LandUse {
    INDUSTRIAL,
    WAREHOUSING,
    COMMERCIAL,
    OTHER
}
