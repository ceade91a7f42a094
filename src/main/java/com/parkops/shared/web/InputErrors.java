package com.parkops.shared.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts the domain's validation errors on a form next to their field, or above the form when they
 * are about no field of it. Their messages are already in the reader's language, so they carry no
 * message codes. The rejected value is the field's raw value, which the page formats as usual.
 */
public final class InputErrors {

    private InputErrors() {}

    public static void add(BindingResult form, InvalidInputException refused) {
        for (InputError error : refused.errors()) {
            if (isField(form, error.field())) {
                form.addError(new FieldError(
                        form.getObjectName(),
                        error.field(),
                        form.getRawFieldValue(error.field()),
                        false,
                        null,
                        null,
                        error.message()));
            } else {
                form.addError(new ObjectError(form.getObjectName(), null, null, error.message()));
            }
        }
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            return field != null && form.getFieldType(field) != null;
        } catch (NotReadablePropertyException notAField) {
            return false;
        }
    }
}
