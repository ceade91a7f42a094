package com.parkops.appeals.domain;

import com.parkops.appeals.Satisfaction;

/** The optional details of a logged step: its text, the revisit's verdict, resolved, extension days. */
record EventDetail(String text, Satisfaction satisfaction, Boolean resolved, Integer extensionDays) {

    static EventDetail none() {
        return new EventDetail(null, null, null, null);
    }

    static EventDetail text(String text) {
        return new EventDetail(text, null, null, null);
    }
}
