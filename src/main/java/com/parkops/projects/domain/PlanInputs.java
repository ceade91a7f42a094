package com.parkops.projects.domain;

import com.parkops.investment.ProjectInfo;
import com.parkops.projects.PlanDates;
import com.parkops.projects.Responsibility;
import com.parkops.shared.InputError;
import com.parkops.zone.Users;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Plan dates and responsibility as given: a missing plan date comes from the project (signed,
 * started, production dates), else from the defaults ({@code start-after-days} after signing,
 * {@code production-after-days} after the start); the dates must come in order.
 */
@Component
class PlanInputs {

    private final ProjectsProperties properties;
    private final ScheduleViews views;
    private final Users users;
    private final Texts texts;

    PlanInputs(ProjectsProperties properties, ScheduleViews views, Users users, Texts texts) {
        this.properties = properties;
        this.views = views;
        this.users = users;
        this.texts = texts;
    }

    PlanDates complete(UUID zoneId, ProjectInfo project, PlanDates given) {
        PlanDates plan = given == null ? new PlanDates(null, null, null) : given;
        LocalDate signed = first(plan.signedOn(), project.signedOn());
        if (signed == null) {
            signed = views.today(zoneId);
        }
        LocalDate start = first(plan.plannedStart(), project.startedOn());
        if (start == null) {
            start = signed.plusDays(properties.startAfterDays());
        }
        LocalDate production = first(plan.plannedProduction(), project.productionOn());
        if (production == null) {
            production = start.plusDays(properties.productionAfterDays());
        }
        return check(new PlanDates(signed, start, production));
    }

    PlanDates check(PlanDates plan) {
        List<InputError> errors = new ArrayList<>();
        if (plan == null || plan.signedOn() == null) {
            errors.add(texts.error(null, "signedOn", "projects.error.required"));
        }
        if (plan == null || plan.plannedStart() == null) {
            errors.add(texts.error(null, "plannedStart", "projects.error.required"));
        }
        if (plan == null || plan.plannedProduction() == null) {
            errors.add(texts.error(null, "plannedProduction", "projects.error.required"));
        }
        texts.refuse(errors);
        if (plan.plannedStart().isBefore(plan.signedOn())) {
            errors.add(texts.error(null, "plannedStart", "projects.error.startBeforeSigned"));
        }
        if (plan.plannedProduction().isBefore(plan.plannedStart())) {
            errors.add(texts.error(null, "plannedProduction", "projects.error.productionBeforeStart"));
        }
        texts.refuse(errors);
        return plan;
    }

    Responsibility check(UUID zoneId, Responsibility who) {
        List<InputError> errors = new ArrayList<>();
        String name = who.leaderName() == null || who.leaderName().isBlank()
                ? null
                : who.leaderName().strip();
        if (who.leaderUserId() != null) {
            var user = users.find(zoneId, who.leaderUserId());
            if (user.isEmpty()) {
                errors.add(texts.error(null, "leaderUserId", "projects.error.user"));
            } else if (name == null) {
                name = user.get().displayName();
            }
        }
        if (name != null && name.length() > 50) {
            errors.add(texts.error(null, "leaderName", "projects.error.tooLong", 50));
        }
        if (who.leadDepartmentId() != null
                && users.department(zoneId, who.leadDepartmentId()).isEmpty()) {
            errors.add(texts.error(null, "leadDepartmentId", "projects.error.department"));
        }
        texts.refuse(errors);
        return new Responsibility(name, who.leaderUserId(), who.leadDepartmentId(), who.version());
    }

    Map<String, Object> snapshot(PlanDates plan) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("signedOn", plan.signedOn());
        values.put("plannedStart", plan.plannedStart());
        values.put("plannedProduction", plan.plannedProduction());
        return values;
    }

    static Map<String, Object> snapshot(StoredSchedule head) {
        return snapshot(new Responsibility(head.leaderName(), head.leaderUserId(), head.leadDepartmentId(), null));
    }

    static Map<String, Object> snapshot(Responsibility who) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("leaderName", who.leaderName());
        values.put("leaderUserId", who.leaderUserId());
        values.put("leadDepartmentId", who.leadDepartmentId());
        return values;
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }
}
