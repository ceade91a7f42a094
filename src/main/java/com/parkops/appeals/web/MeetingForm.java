package com.parkops.appeals.web;

import com.parkops.appeals.Channel;
import com.parkops.appeals.NewMeeting;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A meeting record: the participating enterprises one per line, each a credit code or a name. */
record MeetingForm(
        Channel kind,
        LocalDate heldOn,
        String place,
        String host,
        String officials,
        String enterprises,
        String minutes) {

    static MeetingForm empty(LocalDate today) {
        return new MeetingForm(Channel.ROUND_TABLE, today, null, null, null, null, null);
    }

    NewMeeting toNewMeeting() {
        List<String> lines = enterprises == null
                ? List.of()
                : Arrays.stream(enterprises.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new NewMeeting(kind, heldOn, place, host, officials, minutes, lines, List.of());
    }
}
