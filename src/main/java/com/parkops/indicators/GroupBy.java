package com.parkops.indicators;

import java.util.Locale;
import java.util.Optional;

/**
 * How summary rows are grouped; the {@code group} of a row is respectively {@code zone}, the chain
 * name, the credit code, {@code above}/{@code below}, or the industry code's first three
 * characters (门类 letter and 大类 digits of GB/T 4754-2017, e.g. {@code C39}). Enterprises
 * without a chain or industry code form the group {@code null}.
 */
public enum GroupBy {
    ZONE,
    CHAIN,
    ENTERPRISE,
    SCALE,
    INDUSTRY;

    public static Optional<GroupBy> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (GroupBy value : values()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
