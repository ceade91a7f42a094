package com.parkops.appeals.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/** A refused form's problems for the page: field → message (the first per field), and the headline. */
final class FieldErrors {

    private FieldErrors() {}

    static void addTo(Model model, InvalidInputException refused) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (InputError error : refused.errors()) {
            byField.merge(error.field(), error.message(), (a, b) -> a + " " + b);
        }
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("flashError", refused.getMessage());
    }
}
