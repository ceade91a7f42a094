package com.parkops.appeals.domain;

import com.parkops.shared.InputError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of a labour dispute (劳资纠纷): workers involved, wages owed and recovered in 万元
 * rounded half-up to 2 decimals; none may be negative, and recovered may not exceed owed.
 */
record LabourFigures(Integer workers, BigDecimal owed, BigDecimal recovered) {

    static final LabourFigures NONE = new LabourFigures(null, null, null);

    static LabourFigures check(
            Integer workers, BigDecimal owed, BigDecimal recovered, AppealMessages messages, List<InputError> errors) {
        if (workers != null && workers < 0) {
            errors.add(messages.error("workersInvolved", "appeals.error.negative"));
        }
        BigDecimal owedRounded = round(owed, "amountOwed", messages, errors);
        BigDecimal recoveredRounded = round(recovered, "amountRecovered", messages, errors);
        if (owedRounded != null && recoveredRounded != null && recoveredRounded.compareTo(owedRounded) > 0) {
            errors.add(messages.error("amountRecovered", "appeals.error.recoveredAboveOwed"));
        }
        return new LabourFigures(workers, owedRounded, recoveredRounded);
    }

    private static BigDecimal round(BigDecimal amount, String field, AppealMessages messages, List<InputError> errors) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            errors.add(messages.error(field, "appeals.error.negative"));
        }
        if (amount.abs().compareTo(new BigDecimal("999999999999")) > 0) {
            errors.add(messages.error(field, "appeals.error.tooLarge"));
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
