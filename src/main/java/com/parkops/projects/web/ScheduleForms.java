package com.parkops.projects.web;

import com.parkops.projects.NodeUpdate;
import com.parkops.projects.PlanDates;
import com.parkops.projects.Responsibility;
import java.time.LocalDate;
import java.util.UUID;

/** The forms of the schedule pages. */
final class ScheduleForms {

    private ScheduleForms() {}

    /** Apply a template with plan dates (empty dates come from the project or the defaults). */
    record ApplyForm(UUID templateId, LocalDate signedOn, LocalDate plannedStart, LocalDate plannedProduction) {

        PlanDates plan() {
            return new PlanDates(signedOn, plannedStart, plannedProduction);
        }
    }

    /** New plan dates with the schedule version read. */
    record PlanForm(LocalDate signedOn, LocalDate plannedStart, LocalDate plannedProduction, Integer version) {

        PlanDates plan() {
            return new PlanDates(signedOn, plannedStart, plannedProduction);
        }
    }

    /** The responsible leader and lead department. */
    record ResponsibilityForm(String leaderName, UUID leaderUserId, UUID leadDepartmentId, Integer version) {

        Responsibility toResponsibility() {
            return new Responsibility(leaderName, leaderUserId, leadDepartmentId, version);
        }
    }

    /** A node's completion or planned-date move. */
    record NodeForm(LocalDate actualOn, String note, LocalDate plannedOn, String reason, Integer version) {

        NodeUpdate toUpdate() {
            return new NodeUpdate(actualOn, note, plannedOn, reason, version);
        }
    }
}
