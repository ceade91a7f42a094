package com.parkops.investment;

import java.util.UUID;

/** An investment team (全员招商) a project can be owned by. */
public record Team(UUID id, String name, String leaderName, boolean active) {}
