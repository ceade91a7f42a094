package com.parkops.registry.web;

import com.parkops.shared.web.InputError;
import com.parkops.shared.web.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the registry's own validation errors on a form, next to the field they are about. */
final class FormErrors {

    static final String CONFLICT = "common.version.conflict";

    private FormErrors() {}

    static void add(BindingResult form, InvalidInputException refused) {
        for (InputError error : refused.errors()) {
            try {
                if (form.getFieldType(error.field()) != null) {
                    form.rejectValue(error.field(), "registry.error.format", error.message());
                    continue;
                }
            } catch (NotReadablePropertyException ignored) {
                // not a field of this form: shown above the form instead
            }
            form.reject("registry.error.format", error.message());
        }
    }

    /** Someone else saved the record since the form was opened. */
    static void conflict(BindingResult form) {
        form.reject(CONFLICT);
    }
}
