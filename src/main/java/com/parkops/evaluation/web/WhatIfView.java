package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationWhatIf;
import com.parkops.evaluation.EvaluationWhatIf.Comparison;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Runs a what-if page query: scheme A for the edit fields, then the comparison when it was asked
 * for and the edit fields belong to the current run and scheme A. Refusals become messages per
 * form field (or for the whole form), never an error page.
 */
@Component
class WhatIfView {

    /**
     * What the page shows.
     *
     * @param editValues the edit fields' values by field name
     * @param fieldErrors messages by form field name
     * @param errors messages for the form as a whole
     * @param comparison null until compared
     * @param reloaded the edit fields were refilled from a newly chosen run or scheme A
     */
    record Outcome(
            Scheme schemeA,
            Map<String, String> editValues,
            Map<String, String> fieldErrors,
            List<String> errors,
            Comparison comparison,
            boolean reloaded) {}

    private final EvaluationWhatIf whatIf;
    private final EvaluationText text;

    WhatIfView(EvaluationWhatIf whatIf, EvaluationText text) {
        this.whatIf = whatIf;
        this.text = text;
    }

    Outcome run(UUID zoneId, EvaluationRun run, WhatIfForm form) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Scheme schemeA;
        try {
            schemeA = whatIf.scheme(zoneId, run.id(), form.base());
        } catch (InvalidInputException refused) {
            collect(refused, fieldErrors, errors);
            return new Outcome(run.scheme(), form.editValues(run.scheme()), fieldErrors, errors, null, false);
        }
        Map<String, String> editValues = form.editValues(schemeA);
        boolean edit = WhatIfForm.EDIT.equals(form.b());
        boolean reloaded = edit && form.compare() && !form.editsCurrent();
        if (!form.compare() || form.b() == null || reloaded) {
            if (form.compare() && form.b() == null) {
                errors.add(text.get("whatif.error.oneAlternative"));
            }
            return new Outcome(schemeA, editValues, fieldErrors, errors, null, reloaded);
        }
        List<String> unreadable = new ArrayList<>();
        EvaluationWhatIf.Alternative alternative = form.alternative(unreadable);
        if (!unreadable.isEmpty()) {
            unreadable.forEach(field -> fieldErrors.put(field, text.get("whatif.error.number")));
            return new Outcome(schemeA, editValues, fieldErrors, errors, null, false);
        }
        try {
            Comparison comparison = whatIf.compare(zoneId, run.id(), form.base(), alternative);
            return new Outcome(schemeA, editValues, fieldErrors, errors, comparison, false);
        } catch (InvalidInputException refused) {
            collect(refused, fieldErrors, errors);
            return new Outcome(schemeA, editValues, fieldErrors, errors, null, false);
        }
    }

    private static void collect(InvalidInputException refused, Map<String, String> fieldErrors, List<String> errors) {
        for (InputError error : refused.errors()) {
            String field = WhatIfForm.formField(error.field());
            if (field == null) {
                errors.add(error.message());
            } else {
                fieldErrors.merge(field, error.message(), (x, y) -> x + " " + y);
            }
        }
    }
}
