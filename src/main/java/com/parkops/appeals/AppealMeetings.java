package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meeting and visit records (staff and administrators write; leaders read). */
public interface AppealMeetings {

    /** Records the meeting and takes in its appeals, all or nothing. */
    Meeting record(ZoneUser user, NewMeeting meeting);

    /** The zone's meetings, newest first. */
    List<Meeting> list(UUID zoneId);

    Optional<Meeting> find(UUID zoneId, UUID meetingId);
}
