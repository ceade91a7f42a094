package com.parkops.registry;

/** Patents of one type granted to an enterprise in one year. */
public record PatentCount(int year, PatentKind kind, int granted) {}
