package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Dispatch meetings (调度会) and their problems; every write is audited. */
public interface DispatchMeetings {

    /** The zone's meetings, newest first (problems included). */
    List<DispatchMeeting> list(UUID zoneId);

    Optional<DispatchMeeting> find(UUID zoneId, UUID id);

    DispatchMeeting record(ZoneUser user, NewMeeting meeting);

    /** Adds a problem; the project must be one of the zone's signed projects. */
    MeetingProblem raise(ZoneUser user, UUID meetingId, NewProblem problem);
}
