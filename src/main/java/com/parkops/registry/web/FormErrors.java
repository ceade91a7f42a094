package com.parkops.registry.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts the registry's own validation errors on a form, next to the field they are about. Their
 * messages are already in the reader's language, so they carry no message codes.
 */
final class FormErrors {

    static final String CONFLICT = "common.version.conflict";

    private FormErrors() {}

    static void add(BindingResult form, InvalidInputException refused) {
        for (InputError error : refused.errors()) {
            if (isField(form, error.field())) {
                form.addError(new FieldError(
                        form.getObjectName(),
                        error.field(),
                        form.getFieldValue(error.field()),
                        false,
                        null,
                        null,
                        error.message()));
            } else {
                form.addError(new ObjectError(form.getObjectName(), null, null, error.message()));
            }
        }
    }

    /** Someone else saved the record since the form was opened. */
    static void conflict(BindingResult form) {
        form.reject(CONFLICT);
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            return field != null && form.getFieldType(field) != null;
        } catch (NotReadablePropertyException notAField) {
            return false;
        }
    }
}
