package com.parkops.projects.web;

import com.parkops.projects.NewMeeting;
import com.parkops.projects.NewProblem;
import com.parkops.projects.OrderAction;
import java.time.LocalDate;
import java.util.UUID;

/** The forms of the meeting and order pages. */
final class DispatchForms {

    private DispatchForms() {}

    record MeetingForm(LocalDate heldOn, String chair, String attendees, String minutes) {

        NewMeeting toMeeting() {
            return new NewMeeting(heldOn, chair, attendees, minutes);
        }
    }

    record ProblemForm(UUID projectId, String text, UUID departmentId) {

        NewProblem toProblem() {
            return new NewProblem(projectId, text, departmentId);
        }
    }

    record OrderForm(String text, LocalDate deadline, Integer version) {

        OrderAction toAction() {
            return new OrderAction(text, deadline, version);
        }
    }
}
