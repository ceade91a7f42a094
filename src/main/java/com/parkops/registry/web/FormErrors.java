package com.parkops.registry.web;

import org.springframework.validation.BindingResult;

/** The registry's own form error besides the domain's (those go through {@code shared.web.InputErrors}). */
final class FormErrors {

    static final String CONFLICT = "common.version.conflict";

    private FormErrors() {}

    /** Someone else saved the record since the form was opened. */
    static void conflict(BindingResult form) {
        form.reject(CONFLICT);
    }
}
