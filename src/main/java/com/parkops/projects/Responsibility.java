package com.parkops.projects;

import java.util.UUID;

/** The project's responsible leader (a name, optionally a zone user) and lead department (包保责任). */
public record Responsibility(String leaderName, UUID leaderUserId, UUID leadDepartmentId, Integer version) {}
