package com.parkops.indicators.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff returning a report: the reason is required and shown to the enterprise. */
record ReturnForm(
        @NotBlank(message = "{reporting.error.reasonRequired}") @Size(max = 2000, message = "{reporting.error.tooLong}")
        String reason,

        Integer version) {

    static ReturnForm empty(Integer version) {
        return new ReturnForm(null, version);
    }
}
