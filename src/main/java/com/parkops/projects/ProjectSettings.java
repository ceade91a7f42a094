package com.parkops.projects;

/**
 * A zone's project settings.
 *
 * @param warnDays an open node is yellow when due within this many days (default 7)
 * @param orderDays a supervision order's default deadline, in working days (default 5)
 * @param version for the edit; 0 before the first save
 */
public record ProjectSettings(int warnDays, int orderDays, int version) {}
