package com.parkops.appeals;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting to record, with the appeals it yielded (each taken in with the meeting's channel).
 *
 * @param kind ROUND_TABLE, TALK, VISIT or LEADER_VISIT
 * @param enterprises participants: each a credit code of a registered enterprise or a name
 * @param appeals the appeals raised, may be empty
 */
public record NewMeeting(
        Channel kind,
        LocalDate heldOn,
        String place,
        String host,
        String officials,
        String minutes,
        List<String> enterprises,
        List<NewAppeal> appeals) {

    public NewMeeting {
        enterprises = enterprises == null ? List.of() : List.copyOf(enterprises);
        appeals = appeals == null ? List.of() : List.copyOf(appeals);
    }
}
