package com.parkops.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dispatch meeting (调度会) and the problems raised in it. */
public record DispatchMeeting(
        UUID id,
        LocalDate heldOn,
        String chair,
        String attendees,
        String minutes,
        String createdBy,
        List<MeetingProblem> problems) {

    public DispatchMeeting {
        problems = List.copyOf(problems);
    }
}
