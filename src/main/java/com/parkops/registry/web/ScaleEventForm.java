package com.parkops.registry.web;

import com.parkops.registry.ScaleEventKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/** A step of the 入规 history and the month it counts from. */
record ScaleEventForm(
        @NotNull(message = "{registry.error.required}") ScaleEventKind kind,
        @NotNull(message = "{registry.error.required}") YearMonth period,

        @Size(max = 500, message = "{registry.validation.tooLong}")
        String note) {

    static ScaleEventForm empty() {
        return new ScaleEventForm(null, null, null);
    }
}
