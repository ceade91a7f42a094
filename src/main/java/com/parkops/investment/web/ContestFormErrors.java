package com.parkops.investment.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Puts the services' field errors (already in the reader's language) next to their form field. */
final class ContestFormErrors {

    private ContestFormErrors() {}

    static void add(BindingResult form, InvalidInputException refused) {
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
