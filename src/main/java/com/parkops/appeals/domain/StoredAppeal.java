package com.parkops.appeals.domain;

/** An appeal as loaded for a step: its intake and its workflow state. */
record StoredAppeal(Intake intake, WorkflowState workflow) {}
