package com.parkops.indicators;

import java.util.List;
import java.util.Map;

/** The rule for when findings count as explained. */
public final class Explanations {

    private Explanations() {}

    /**
     * True when there is no finding, when the overall explanation is written, or when every
     * finding's figure has its own non-blank explanation (a finding about no figure needs the
     * overall one).
     */
    public static boolean covers(String overall, Map<String, String> byField, List<SubmissionFinding> findings) {
        if (findings.isEmpty() || !blank(overall)) {
            return true;
        }
        return findings.stream().allMatch(f -> f.field() != null && !blank(byField.get(f.field())));
    }

    /** Null, empty or only white space. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
