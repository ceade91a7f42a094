package com.parkops.investment.web;

import com.parkops.shared.InvalidInputException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Refused input shown next to the form's fields (or above the form for other fields). */
final class FormErrors {

    private static final java.util.Set<String> FIELDS = java.util.Set.of(
            "code",
            "name",
            "investor",
            "investorCountry",
            "investorContact",
            "capitalSource",
            "amount",
            "chain",
            "teamId",
            "ownerName",
            "landMu",
            "fundsInPlace",
            "note",
            "stage",
            "stageOn");

    private FormErrors() {}

    static void add(BindingResult result, InvalidInputException refused) {
        for (var error : refused.errors()) {
            if (FIELDS.contains(error.field())) {
                result.addError(new FieldError("form", error.field(), error.message()));
            } else {
                result.addError(new ObjectError("form", error.message()));
            }
        }
    }
}
