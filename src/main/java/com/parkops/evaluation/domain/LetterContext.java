package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.PolicyTable;
import java.time.LocalDate;

/** What every letter of one run shares: language, zone, run, policy table and the letter date. */
record LetterContext(LetterText text, String zoneName, EvaluationRun run, PolicyTable policies, LocalDate date) {}
