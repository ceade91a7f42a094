package com.parkops.investment.domain;

import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The guarded steps of the pipeline. A live project moves forward only, to the next stage or a
 * later one (the stages between keep no date); a lost project is final; a paused one only resumes
 * or is lost. Each check answers the message key of its refusal, or empty when the step is allowed.
 */
final class PipelineRules {

    private PipelineRules() {}

    /** Whether the project's state allows moving to {@code to} (a refusal here is a conflict). */
    static Optional<String> advance(ProjectView project, Stage to) {
        if ("LOST".equals(project.closedAs())) {
            return Optional.of("investment.refused.lost");
        }
        if ("PAUSED".equals(project.closedAs())) {
            return Optional.of("investment.refused.paused");
        }
        if (!to.reached(project.stage()) || to == project.stage()) {
            return Optional.of("investment.refused.backwards");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code on} may be the date {@code to} was reached: not after today and not before
     * the date of any earlier stage (a refusal here is invalid input).
     */
    static Optional<String> date(Map<Stage, LocalDate> dates, Stage to, LocalDate on, LocalDate today) {
        if (on == null) {
            return Optional.of("investment.error.required");
        }
        if (on.isAfter(today)) {
            return Optional.of("investment.error.future");
        }
        for (var earlier : dates.entrySet()) {
            if (earlier.getKey().compareTo(to) < 0 && on.isBefore(earlier.getValue())) {
                return Optional.of("investment.error.beforeEarlierStage");
            }
        }
        return Optional.empty();
    }

    static Optional<String> lose(ProjectView project) {
        return "LOST".equals(project.closedAs()) ? Optional.of("investment.refused.lost") : Optional.empty();
    }

    static Optional<String> pause(ProjectView project) {
        if ("LOST".equals(project.closedAs())) {
            return Optional.of("investment.refused.lost");
        }
        return "PAUSED".equals(project.closedAs()) ? Optional.of("investment.refused.alreadyPaused") : Optional.empty();
    }

    static Optional<String> resume(ProjectView project) {
        return "PAUSED".equals(project.closedAs()) ? Optional.empty() : Optional.of("investment.refused.notPaused");
    }
}
