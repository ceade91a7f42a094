package com.parkops.appeals.domain;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Category;
import com.parkops.appeals.Satisfaction;
import com.parkops.shared.InputError;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The inputs a step needs, checked: missing or invalid → 422 with the field named. */
@Component
class ActionInputs {

    private static final int MAX_TEXT = 5000;

    private final Users users;
    private final AppealStore store;
    private final AppealRules rules;
    private final AppealMessages messages;

    ActionInputs(Users users, AppealStore store, AppealRules rules, AppealMessages messages) {
        this.users = users;
        this.store = store;
        this.rules = rules;
        this.messages = messages;
    }

    /** The department named, or else the category's default one. */
    UUID dispatchDepartment(UUID zoneId, ActionRequest in, Category category) {
        if (in.departmentId() == null && category != null && category.defaultDepartmentId() != null) {
            return category.defaultDepartmentId();
        }
        return department(zoneId, in);
    }

    UUID department(UUID zoneId, ActionRequest in) {
        if (in.departmentId() == null) {
            fail("departmentId", "appeals.error.required");
        }
        if (users.department(zoneId, in.departmentId()).isEmpty()) {
            fail("departmentId", "appeals.error.unknownDepartment");
        }
        return in.departmentId();
    }

    String reason(ActionRequest in) {
        if (in.text() == null || in.text().isBlank()) {
            fail("text", "appeals.error.required");
        }
        if (in.text().length() > MAX_TEXT) {
            fail("text", "appeals.error.tooLong", MAX_TEXT);
        }
        return in.text().strip();
    }

    int days(ActionRequest in) {
        if (in.days() == null) {
            fail("days", "appeals.error.required");
        }
        return in.days();
    }

    boolean resolved(ActionRequest in) {
        if (in.resolved() == null) {
            fail("resolved", "appeals.error.required");
        }
        return in.resolved();
    }

    Satisfaction satisfaction(ActionRequest in) {
        if (in.satisfaction() == null) {
            fail("satisfaction", "appeals.error.required");
        }
        return in.satisfaction();
    }

    /** The master of a merge: another open appeal the user sees. */
    UUID master(ZoneUser user, UUID duplicate, ActionRequest in) {
        if (in.masterId() == null) {
            fail("masterId", "appeals.error.required");
        }
        Actor actor = AccessRules.actor(user, rules.settings(user.zoneId()));
        StoredAppeal master =
                store.load(user.zoneId(), in.masterId(), Scope.of(actor)).orElse(null);
        if (master == null || in.masterId().equals(duplicate)) {
            fail("masterId", "appeals.error.unknownMaster");
        }
        if (master.workflow().state == AppealState.CLOSED) {
            fail("masterId", "appeals.error.masterClosed");
        }
        return in.masterId();
    }

    LabourFigures labour(ActionRequest in) {
        List<InputError> errors = new ArrayList<>();
        LabourFigures figures =
                LabourFigures.check(in.workersInvolved(), in.amountOwed(), in.amountRecovered(), messages, errors);
        messages.refuse(errors);
        return figures;
    }

    private void fail(String field, String key, Object... args) {
        messages.refuse(List.of(messages.error(field, key, args)));
    }
}
