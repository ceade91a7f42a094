package com.parkops.zone.web;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new personal access token: a name to recognise it by and an optional last day of validity. */
record TokenForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String name,

        @FutureOrPresent(message = "{token.expiresOn.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate expiresOn) {

    static TokenForm empty() {
        return new TokenForm("", null);
    }
}
