package com.parkops.investment;

/** The denominator of the production rate (投产率): projects signed in the year, or those of them started. */
public enum ProductionRateBase {
    SIGNED,
    STARTED
}
