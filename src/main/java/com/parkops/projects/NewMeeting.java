package com.parkops.projects;

import java.time.LocalDate;

/** A dispatch meeting to record: date, chair, attendees and minutes. */
public record NewMeeting(LocalDate heldOn, String chair, String attendees, String minutes) {}
