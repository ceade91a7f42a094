package com.parkops.indicators;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;

/**
 * A report with flagged figures was submitted without an explanation of each flagged figure (or
 * one overall explanation). The figures are kept as a draft; {@code errors} lists the findings
 * that still need an explanation.
 */
public class ExplanationRequiredException extends InvalidInputException {

    public ExplanationRequiredException(String message, List<InputError> unexplained) {
        super(message, unexplained);
    }
}
