package com.parkops.evaluation.domain;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.GradePolicy;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a policy table: one entry for every grade, surcharges 0 or more, the reduction 0–100,
 * every priority given, texts of reasonable length. Reports every problem at once.
 */
final class PolicyRules {

    /** Far above any real surcharge; keeps amounts within the columns. */
    static final BigDecimal MAX_SURCHARGE = new BigDecimal("10000");

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_TEXT = 500;

    private final EvaluationMessages messages;

    PolicyRules(EvaluationMessages messages) {
        this.messages = messages;
    }

    void check(List<GradePolicy> grades) {
        List<InputError> errors = new ArrayList<>();
        if (grades == null || grades.isEmpty()) {
            errors.add(messages.error("grades", "consequences.error.everyGrade", all()));
            refuse(errors);
            return;
        }
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        for (int i = 0; i < grades.size(); i++) {
            String at = "grades[" + i + "].";
            GradePolicy policy = grades.get(i);
            if (policy == null) {
                errors.add(messages.error("grades[" + i + "]", "consequences.error.required"));
                continue;
            }
            if (policy.grade() == null) {
                errors.add(messages.error(at + "grade", "consequences.error.required"));
            } else if (!seen.add(policy.grade())) {
                errors.add(messages.error(at + "grade", "consequences.error.duplicateGrade", policy.grade()));
            }
            surcharge(errors, at + "electricitySurcharge", policy.electricitySurcharge());
            surcharge(errors, at + "waterSurcharge", policy.waterSurcharge());
            surcharge(errors, at + "sewageSurcharge", policy.sewageSurcharge());
            percent(errors, at + "landTaxReduction", policy.landTaxReduction());
            required(errors, at + "landPriority", policy.landPriority());
            required(errors, at + "energyPriority", policy.energyPriority());
            required(errors, at + "emissionPriority", policy.emissionPriority());
            text(errors, at + "credit", policy.credit());
            text(errors, at + "otherMeasures", policy.otherMeasures());
        }
        if (errors.isEmpty() && seen.size() != Grade.values().length) {
            errors.add(messages.error("grades", "consequences.error.everyGrade", all()));
        }
        refuse(errors);
    }

    private void surcharge(List<InputError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            errors.add(messages.error(field, "consequences.error.required"));
        } else if (amount.signum() < 0) {
            errors.add(messages.error(field, "consequences.error.notNegative"));
        } else if (amount.compareTo(MAX_SURCHARGE) > 0) {
            errors.add(messages.error(field, "consequences.error.tooLarge", MAX_SURCHARGE.toPlainString()));
        }
    }

    private void percent(List<InputError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            errors.add(messages.error(field, "consequences.error.required"));
        } else if (amount.signum() < 0 || amount.compareTo(HUNDRED) > 0) {
            errors.add(messages.error(field, "consequences.error.percent"));
        }
    }

    private void required(List<InputError> errors, String field, Object value) {
        if (value == null) {
            errors.add(messages.error(field, "consequences.error.required"));
        }
    }

    private void text(List<InputError> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(messages.error(field, "consequences.error.tooLong", String.valueOf(MAX_TEXT)));
        }
    }

    private void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.text("consequences.error.invalid"), errors);
        }
    }

    private static String all() {
        return Arrays.stream(Grade.values()).map(Grade::name).collect(Collectors.joining(", "));
    }
}
