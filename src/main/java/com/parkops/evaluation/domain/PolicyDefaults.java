package com.parkops.evaluation.domain;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.GradePolicy;
import com.parkops.evaluation.Priority;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The shipped policy table, after common practice in Zhejiang's 亩均论英雄 reform: A full
 * land-use tax reduction and priority for every quota, B half the reduction, C +0.05 元/kWh and
 * restricted land, D +0.10 元/kWh and restricted everything; T is treated like B.
 */
final class PolicyDefaults {

    private PolicyDefaults() {}

    /** Every grade's defaults; {@code text} gives the credit and measure texts by message key. */
    static List<GradePolicy> all(Function<String, String> text) {
        return Arrays.stream(Grade.values()).map(grade -> of(grade, text)).toList();
    }

    static GradePolicy of(Grade grade, Function<String, String> text) {
        String credit = text.apply("consequences.default.credit." + grade);
        String other = text.apply("consequences.default.other." + grade);
        return switch (grade) {
            case A -> policy(grade, "0", "0", "0", "100", Priority.PRIORITY, Priority.PRIORITY, credit, other);
            case B, T -> policy(grade, "0", "0", "0", "50", Priority.NORMAL, Priority.NORMAL, credit, other);
            case C -> policy(grade, "0.05", "0.30", "0.50", "0", Priority.RESTRICTED, Priority.NORMAL, credit, other);
            case D ->
                policy(grade, "0.10", "1.00", "1.00", "0", Priority.RESTRICTED, Priority.RESTRICTED, credit, other);
        };
    }

    private static GradePolicy policy(
            Grade grade,
            String electricity,
            String water,
            String sewage,
            String reduction,
            Priority land,
            Priority quotas,
            String credit,
            String other) {
        return new GradePolicy(
                grade,
                new BigDecimal(electricity),
                new BigDecimal(water),
                new BigDecimal(sewage),
                new BigDecimal(reduction),
                land,
                quotas,
                quotas,
                credit,
                other);
    }
}
