package com.parkops.evaluation.web;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.GradePolicy;
import com.parkops.evaluation.PolicyTable;
import com.parkops.evaluation.Priority;
import java.math.BigDecimal;
import java.util.List;

/** The policy table as the page edits it: one row per grade, A to T, and the version read. */
record PolicyForm(Integer version, List<Row> grades) {

    /** One grade's policy as typed in. */
    record Row(
            Grade grade,
            BigDecimal electricitySurcharge,
            BigDecimal waterSurcharge,
            BigDecimal sewageSurcharge,
            BigDecimal landTaxReduction,
            Priority landPriority,
            Priority energyPriority,
            Priority emissionPriority,
            String credit,
            String otherMeasures) {

        static Row of(GradePolicy policy) {
            return new Row(
                    policy.grade(),
                    policy.electricitySurcharge(),
                    policy.waterSurcharge(),
                    policy.sewageSurcharge(),
                    policy.landTaxReduction(),
                    policy.landPriority(),
                    policy.energyPriority(),
                    policy.emissionPriority(),
                    policy.credit(),
                    policy.otherMeasures());
        }

        GradePolicy toPolicy() {
            return new GradePolicy(
                    grade,
                    electricitySurcharge,
                    waterSurcharge,
                    sewageSurcharge,
                    landTaxReduction,
                    landPriority,
                    energyPriority,
                    emissionPriority,
                    credit,
                    otherMeasures);
        }
    }

    PolicyForm {
        grades = grades == null ? List.of() : grades;
    }

    static PolicyForm of(PolicyTable table) {
        return new PolicyForm(
                table.version(), table.grades().stream().map(Row::of).toList());
    }

    List<GradePolicy> toPolicies() {
        return grades.stream().map(row -> row == null ? null : row.toPolicy()).toList();
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }
}
