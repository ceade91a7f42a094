package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import com.parkops.shared.WorkdayCalendar;
import com.parkops.zone.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A 2026 calendar with Mid-Autumn and National Day, and appeals driven to any state. */
final class AppealFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final UUID FIRST = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final Actor CLERK = new Actor(UUID.randomUUID(), "clerk", Role.STAFF, FIRST, null, false);
    static final Actor CENTRE = new Actor(UUID.randomUUID(), "centre", Role.STAFF, UUID.randomUUID(), null, true);

    /** 2026: 中秋节 9-25..27, 国庆节 10-1..7, adjusted working days Sunday 9-20 and Saturday 10-10. */
    static final WorkdayCalendar CALENDAR = new WorkdayCalendar(
            Set.copyOf(IntStream.rangeClosed(0, 9)
                    .mapToObj(i -> i < 3 ? LocalDate.of(2026, 9, 25 + i) : LocalDate.of(2026, 10, i - 2))
                    .collect(Collectors.toSet())),
            Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    static final Deadlines DEADLINES = new Deadlines(CALENDAR, SHANGHAI, AppealSettings.defaults());

    private AppealFixtures() {}

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Step by(Actor actor, String localDateTime) {
        return new Step(actor, at(localDateTime));
    }

    /** Received Monday 2026-09-14 09:00 and moved, a little later each step, to the given state. */
    static Appeal in(AppealState state, Satisfaction verdict) {
        Appeal appeal = Appeal.receive(
                UUID.randomUUID(), AppealType.COMPLAINT, Urgency.NORMAL, by(CLERK, "2026-09-14T09:00"), DEADLINES);
        if (state == AppealState.ACCEPTED) {
            return appeal;
        }
        appeal.dispatch(FIRST, by(CENTRE, "2026-09-14T10:00"));
        if (state == AppealState.DISPATCHED) {
            return appeal;
        }
        appeal.acknowledge(by(CLERK, "2026-09-14T11:00"));
        if (state == AppealState.ACKNOWLEDGED) {
            return appeal;
        }
        if (state == AppealState.RETURN_REQUESTED) {
            appeal.requestReturn("不属于本部门职责", by(CLERK, "2026-09-14T12:00"));
            return appeal;
        }
        appeal.start(by(CLERK, "2026-09-14T13:00"));
        if (state == AppealState.IN_PROGRESS) {
            return appeal;
        }
        appeal.reply("已协调解决", true, by(CLERK, "2026-09-15T10:00"));
        if (state == AppealState.REPLIED) {
            return appeal;
        }
        appeal.revisit(verdict, "电话回访", by(CENTRE, "2026-09-16T10:00"));
        if (state == AppealState.REVISITED) {
            return appeal;
        }
        appeal.close(true, null, by(CENTRE, "2026-09-16T11:00"));
        return appeal;
    }

    /** Takes the action with valid arguments, as the service would. */
    static void perform(Appeal appeal, AppealAction action, Step step) {
        switch (action) {
            case RECEIVE -> throw new Refusal("appeals.error.illegalMove", action, null);
            case DISPATCH -> appeal.dispatch(SECOND, step);
            case REDISPATCH -> appeal.redispatch(SECOND, null, step);
            case ACKNOWLEDGE -> appeal.acknowledge(step);
            case REQUEST_RETURN -> appeal.requestReturn("理由", step);
            case APPROVE_RETURN -> appeal.approveReturn(SECOND, null, step);
            case REJECT_RETURN -> appeal.rejectReturn("理由", step);
            case REQUEST_EXTENSION -> appeal.requestExtension(2, "理由", step);
            case APPROVE_EXTENSION -> appeal.approveExtension(null, step);
            case REJECT_EXTENSION -> appeal.rejectExtension("理由", step);
            case START -> appeal.start(step);
            case NOTE -> appeal.note("进展", step);
            case REPLY -> appeal.reply("结果", true, step);
            case REVISIT -> appeal.revisit(Satisfaction.SATISFIED, null, step);
            case REOPEN -> appeal.reopen("理由", step);
            case CLOSE -> appeal.close(true, null, step);
            case MERGE -> appeal.mergeInto(UUID.randomUUID(), null, step);
            case UPDATE_LABOUR -> appeal.labourUpdated("金额", step);
            case REMIND -> appeal.remind(null, step);
            case ESCALATE -> appeal.escalate(null, step);
        }
    }
}
