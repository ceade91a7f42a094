package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.UUID;

/** Reads and writes a zone's project settings (defaults from {@code parkops.projects.*}). */
public interface ProjectSettingsService {

    ProjectSettings get(UUID zoneId);

    ProjectSettings update(ZoneUser user, ProjectSettings settings);
}
