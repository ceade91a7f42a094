package com.parkops.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new industry chain (产业链). */
record ChainForm(
        @NotBlank(message = "{registry.error.required}") @Size(max = 100, message = "{registry.validation.tooLong}")
        String name) {}
