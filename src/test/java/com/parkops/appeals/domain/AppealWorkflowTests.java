package com.parkops.appeals.domain;

import static com.parkops.appeals.domain.AppealFixtures.CENTRE;
import static com.parkops.appeals.domain.AppealFixtures.CLERK;
import static com.parkops.appeals.domain.AppealFixtures.DEADLINES;
import static com.parkops.appeals.domain.AppealFixtures.FIRST;
import static com.parkops.appeals.domain.AppealFixtures.SECOND;
import static com.parkops.appeals.domain.AppealFixtures.at;
import static com.parkops.appeals.domain.AppealFixtures.by;
import static com.parkops.appeals.domain.AppealFixtures.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Outcome;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workflow's paths and the handling log each step leaves. */
class AppealWorkflowTests {

    @Test
    void shouldLogEveryStepOfTheWholePathWithDeadlinesAndWorkingDays() {
        Appeal appeal = Appeal.receive(
                UUID.randomUUID(), AppealType.COMPLAINT, Urgency.NORMAL, by(CLERK, "2026-09-29T09:00"), DEADLINES);
        assertThat(appeal.state().deadline).isEqualTo(at("2026-09-30T18:00"));
        appeal.dispatch(FIRST, by(CENTRE, "2026-09-29T10:00"));
        assertThat(appeal.state().deadline).isEqualTo(at("2026-09-30T18:00"));
        assertThat(appeal.state().replyDeadline).isEqualTo(at("2026-10-12T18:00"));
        appeal.acknowledge(by(CLERK, "2026-10-08T09:00"));
        appeal.start(by(CLERK, "2026-10-08T10:00"));
        appeal.note("已约企业面谈", by(CLERK, "2026-10-09T10:00"));
        appeal.reply("已协调供电公司增容", true, by(CLERK, "2026-10-13T16:00"));
        assertThat(appeal.state().deadline).isEqualTo(at("2026-10-14T18:00"));
        appeal.revisit(Satisfaction.SATISFIED, "企业表示满意", by(CENTRE, "2026-10-14T09:00"));
        appeal.close(true, null, by(CENTRE, "2026-10-14T10:00"));

        var events = appeal.events();
        assertThat(events)
                .extracting(LoggedEvent::kind)
                .containsExactly(
                        AppealAction.RECEIVE,
                        AppealAction.DISPATCH,
                        AppealAction.ACKNOWLEDGE,
                        AppealAction.START,
                        AppealAction.NOTE,
                        AppealAction.REPLY,
                        AppealAction.REVISIT,
                        AppealAction.CLOSE);
        LoggedEvent acknowledged = events.get(2);
        assertThat(acknowledged.deadline()).isEqualTo(at("2026-09-30T18:00"));
        assertThat(acknowledged.onTime()).isFalse();
        assertThat(acknowledged.overdueWorkingDays()).isEqualTo(1);
        assertThat(acknowledged.workingDaysTaken()).isEqualTo(2);
        assertThat(acknowledged.departmentId()).isEqualTo(FIRST);
        LoggedEvent replied = events.get(5);
        assertThat(replied.fromState()).isEqualTo(AppealState.IN_PROGRESS);
        assertThat(replied.toState()).isEqualTo(AppealState.REPLIED);
        assertThat(replied.deadline()).isEqualTo(at("2026-10-12T18:00"));
        assertThat(replied.onTime()).isFalse();
        assertThat(replied.overdueWorkingDays()).isEqualTo(1);
        assertThat(replied.resolved()).isTrue();
        assertThat(replied.nextDeadline()).isEqualTo(at("2026-10-14T18:00"));
        assertThat(events.get(6).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(events.get(6).onTime()).isTrue();
        assertThat(appeal.state().state).isEqualTo(AppealState.CLOSED);
        assertThat(appeal.state().outcome).isEqualTo(Outcome.RESOLVED);
        assertThat(appeal.state().deadline).isNull();
    }

    @Test
    void shouldSendARejectedReturnBackToTheSameDepartmentWithTheClockRunning() {
        Appeal appeal = in(AppealState.RETURN_REQUESTED, null);
        var replyDeadline = appeal.state().replyDeadline;
        appeal.rejectReturn("属于本部门职责范围", by(CENTRE, "2026-09-15T09:00"));

        assertThat(appeal.state().state).isEqualTo(AppealState.ACKNOWLEDGED);
        assertThat(appeal.state().departmentId).isEqualTo(FIRST);
        assertThat(appeal.state().deadline).isEqualTo(replyDeadline);
        LoggedEvent rejected = appeal.events().get(appeal.events().size() - 1);
        assertThat(rejected.kind()).isEqualTo(AppealAction.REJECT_RETURN);
        assertThat(rejected.departmentId()).isEqualTo(FIRST);
        assertThat(rejected.text()).isEqualTo("属于本部门职责范围");
        assertThat(appeal.permits(AppealAction.REQUEST_RETURN, at("2026-09-15T10:00")))
                .isFalse();
    }

    @Test
    void shouldRedispatchAnApprovedReturnWithFreshDeadlines() {
        Appeal appeal = in(AppealState.RETURN_REQUESTED, null);
        appeal.approveReturn(SECOND, "改派自规分局", by(CENTRE, "2026-09-24T09:00"));

        assertThat(appeal.state().state).isEqualTo(AppealState.DISPATCHED);
        assertThat(appeal.state().departmentId).isEqualTo(SECOND);
        assertThat(appeal.state().deadline).isEqualTo(at("2026-09-28T18:00"));
        assertThat(appeal.state().replyDeadline).isEqualTo(at("2026-10-09T18:00"));
        LoggedEvent approved = appeal.events().get(appeal.events().size() - 1);
        assertThat(approved.redispatch()).isTrue();
        assertThat(approved.departmentId()).isEqualTo(FIRST);
        assertThat(approved.assignedDepartmentId()).isEqualTo(SECOND);
        assertThatThrownBy(() -> in(AppealState.RETURN_REQUESTED, null)
                        .approveReturn(FIRST, null, by(CENTRE, "2026-09-15T09:00")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("appeals.error.sameDepartment");
    }

    @Test
    void shouldRedispatchOnlyToAnotherDepartment() {
        Appeal appeal = in(AppealState.DISPATCHED, null);
        assertThatThrownBy(() -> appeal.redispatch(FIRST, null, by(CENTRE, "2026-09-14T12:00")))
                .isInstanceOf(Refusal.class);
        appeal.redispatch(SECOND, "派错部门", by(CENTRE, "2026-09-14T12:00"));
        LoggedEvent moved = appeal.events().get(appeal.events().size() - 1);
        assertThat(moved.kind()).isEqualTo(AppealAction.REDISPATCH);
        assertThat(moved.redispatch()).isTrue();
        assertThat(moved.departmentId()).isEqualTo(FIRST);
    }

    @Test
    void shouldRefuseAReturnAfterItsWindow() {
        Appeal appeal = in(AppealState.ACKNOWLEDGED, null);
        assertThat(appeal.state().returnDeadline).isEqualTo(at("2026-09-16T18:00"));
        assertThatThrownBy(() -> appeal.requestReturn("迟来的退回", by(CLERK, "2026-09-17T09:00")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("returnWindowClosed");
    }

    @Test
    void shouldExtendTheReplyDeadlineWithinTheAllowanceAndOnlyBeforeIt() {
        Appeal appeal = in(AppealState.IN_PROGRESS, null);
        assertThat(appeal.state().replyDeadline).isEqualTo(at("2026-09-20T18:00"));
        assertThatThrownBy(() -> appeal.requestExtension(11, "太多", by(CLERK, "2026-09-15T09:00")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("extensionDays");
        appeal.requestExtension(8, "需省级部门批复", by(CLERK, "2026-09-15T09:00"));
        appeal.approveExtension("同意", by(CENTRE, "2026-09-15T10:00"));
        // 8 working days after Sunday 9-20: 9-21..24, 9-28..30, 10-8
        assertThat(appeal.state().replyDeadline).isEqualTo(at("2026-10-08T18:00"));
        assertThat(appeal.state().deadline).isEqualTo(at("2026-10-08T18:00"));
        assertThat(appeal.state().extensionDays).isEqualTo(8);
        assertThatThrownBy(() -> appeal.requestExtension(3, "再延", by(CLERK, "2026-09-16T09:00")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("extensionDays");
        appeal.requestExtension(2, "再延两天", by(CLERK, "2026-09-16T09:00"));
        appeal.rejectExtension("不同意", by(CENTRE, "2026-09-16T10:00"));
        assertThat(appeal.state().replyDeadline).isEqualTo(at("2026-10-08T18:00"));
        assertThatThrownBy(() -> appeal.requestExtension(1, "超期后", by(CLERK, "2026-10-09T09:00")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("extensionTooLate");
    }

    @Test
    void shouldReopenADissatisfiedRevisitAtTheSameDepartmentWithANewDeadline() {
        Appeal appeal = in(AppealState.REVISITED, Satisfaction.DISSATISFIED);
        appeal.reopen("企业反映问题未解决", by(CENTRE, "2026-09-30T09:00"));
        assertThat(appeal.state().state).isEqualTo(AppealState.IN_PROGRESS);
        assertThat(appeal.state().departmentId).isEqualTo(FIRST);
        assertThat(appeal.state().deadline).isEqualTo(at("2026-10-13T18:00"));
        assertThat(appeal.state().satisfaction).isNull();
        appeal.reply("再次协调", false, by(CLERK, "2026-10-09T09:00"));
        appeal.revisit(Satisfaction.NEUTRAL, null, by(CENTRE, "2026-10-09T10:00"));
        appeal.close(false, "客观条件限制", by(CENTRE, "2026-10-09T11:00"));
        assertThat(appeal.state().outcome).isEqualTo(Outcome.UNRESOLVED);

        Appeal satisfied = in(AppealState.REVISITED, Satisfaction.SATISFIED);
        assertThatThrownBy(() -> satisfied.reopen("无理由", by(CENTRE, "2026-09-30T09:00")))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void shouldMergeADuplicateIntoAnotherAppealOnly() {
        Appeal appeal = in(AppealState.DISPATCHED, null);
        UUID self = appeal.state().id;
        assertThatThrownBy(() -> appeal.mergeInto(self, null, by(CENTRE, "2026-09-15T09:00")))
                .isInstanceOf(Refusal.class);
        UUID master = UUID.randomUUID();
        appeal.mergeInto(master, "与 SQ2026-000001 重复", by(CENTRE, "2026-09-15T09:00"));
        assertThat(appeal.state().state).isEqualTo(AppealState.CLOSED);
        assertThat(appeal.state().outcome).isEqualTo(Outcome.MERGED);
        assertThat(appeal.state().mergedInto).isEqualTo(master);
    }

    @Test
    void shouldRemindOncePerDeadlineAndEscalateOnce() {
        Appeal appeal = in(AppealState.DISPATCHED, null);
        appeal.remind(null, by(AppealFixtures.CLERK, "2026-09-16T09:00"));
        assertThat(appeal.state().remindedDeadline).isEqualTo(appeal.state().deadline);
        LoggedEvent reminded = appeal.events().get(appeal.events().size() - 1);
        assertThat(reminded.onTime()).isFalse();
        assertThat(reminded.overdueWorkingDays()).isEqualTo(1);
        appeal.escalate(null, by(AppealFixtures.CLERK, "2026-09-25T09:00"));
        assertThat(appeal.permits(AppealAction.ESCALATE, at("2026-09-28T09:00")))
                .isFalse();
    }
}
