package com.parkops.projects;

import java.util.UUID;

/** A problem raised in a meeting: the project it concerns, what it is, the department to solve it. */
public record NewProblem(UUID projectId, String text, UUID departmentId) {}
