package com.parkops.projects;

import java.time.LocalDate;

/** What a clerk enters for a campaign; the deadline is on or after the start. */
public record CampaignData(String name, LocalDate startsOn, LocalDate deadline, String description) {}
