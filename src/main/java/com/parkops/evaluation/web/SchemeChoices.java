package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationIndicator;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed choices of the scheme form's selects; their labels are in the evaluation-schemes
 * bundle. The qualification kinds mirror the registry's {@code QualificationKind} names (the
 * evaluation does not depend on the registry, so they are listed here and labelled in the bundle).
 */
record SchemeChoices(
        List<String> indicators,
        List<String> scales,
        List<String> methods,
        List<String> zeroDenominators,
        List<String> benchmarkKinds,
        List<String> qualifications) {

    static final SchemeChoices ALL = new SchemeChoices(
            Arrays.stream(EvaluationIndicator.values())
                    .map(EvaluationIndicator::code)
                    .toList(),
            List.of("above", "below", "all"),
            List.of("ratio", "minmax"),
            List.of("zero", "best", "reweight"),
            List.of(SchemeIndicatorRow.FIXED, SchemeIndicatorRow.AVERAGE),
            List.of(
                    "HIGH_TECH",
                    "TECH_SME",
                    "LITTLE_GIANT",
                    "PROVINCIAL_SPECIALIZED",
                    "GAZELLE",
                    "POTENTIAL_GAZELLE",
                    "INTEGRATION_DEMO",
                    "LISTED",
                    "SEGMENT_LEADER"));
}
