package com.parkops.appeals.domain;

import static com.parkops.appeals.AppealAction.*;
import static com.parkops.appeals.domain.AppealFixtures.CENTRE;
import static com.parkops.appeals.domain.AppealFixtures.by;
import static com.parkops.appeals.domain.AppealFixtures.in;
import static com.parkops.appeals.domain.AppealFixtures.perform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Satisfaction;
import com.parkops.shared.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every action in every state: the legal ones succeed and land where they should, the rest refuse. */
class AppealMovesTests {

    private static final String SOON = "2026-09-16T12:00";

    /** What each state allows (soon after reaching it, within every window), and where each move lands. */
    private static final Map<String, Map<AppealAction, AppealState>> LEGAL = Map.of(
            "ACCEPTED",
                    Map.of(
                            DISPATCH,
                            AppealState.DISPATCHED,
                            NOTE,
                            AppealState.ACCEPTED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.ACCEPTED,
                            REMIND,
                            AppealState.ACCEPTED,
                            ESCALATE,
                            AppealState.ACCEPTED),
            "DISPATCHED",
                    Map.of(
                            REDISPATCH,
                            AppealState.DISPATCHED,
                            ACKNOWLEDGE,
                            AppealState.ACKNOWLEDGED,
                            NOTE,
                            AppealState.DISPATCHED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.DISPATCHED,
                            REMIND,
                            AppealState.DISPATCHED,
                            ESCALATE,
                            AppealState.DISPATCHED),
            "ACKNOWLEDGED",
                    Map.of(
                            REQUEST_RETURN,
                            AppealState.RETURN_REQUESTED,
                            REQUEST_EXTENSION,
                            AppealState.ACKNOWLEDGED,
                            START,
                            AppealState.IN_PROGRESS,
                            NOTE,
                            AppealState.ACKNOWLEDGED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.ACKNOWLEDGED,
                            REMIND,
                            AppealState.ACKNOWLEDGED,
                            ESCALATE,
                            AppealState.ACKNOWLEDGED),
            "RETURN_REQUESTED",
                    Map.of(
                            APPROVE_RETURN,
                            AppealState.DISPATCHED,
                            REJECT_RETURN,
                            AppealState.ACKNOWLEDGED,
                            NOTE,
                            AppealState.RETURN_REQUESTED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.RETURN_REQUESTED,
                            REMIND,
                            AppealState.RETURN_REQUESTED,
                            ESCALATE,
                            AppealState.RETURN_REQUESTED),
            "IN_PROGRESS",
                    Map.of(
                            REQUEST_EXTENSION,
                            AppealState.IN_PROGRESS,
                            REPLY,
                            AppealState.REPLIED,
                            NOTE,
                            AppealState.IN_PROGRESS,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.IN_PROGRESS,
                            REMIND,
                            AppealState.IN_PROGRESS,
                            ESCALATE,
                            AppealState.IN_PROGRESS),
            "EXTENSION_PENDING",
                    Map.of(
                            APPROVE_EXTENSION,
                            AppealState.IN_PROGRESS,
                            REJECT_EXTENSION,
                            AppealState.IN_PROGRESS,
                            REPLY,
                            AppealState.REPLIED,
                            NOTE,
                            AppealState.IN_PROGRESS,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.IN_PROGRESS,
                            REMIND,
                            AppealState.IN_PROGRESS,
                            ESCALATE,
                            AppealState.IN_PROGRESS),
            "REPLIED",
                    Map.of(
                            REVISIT,
                            AppealState.REVISITED,
                            NOTE,
                            AppealState.REPLIED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.REPLIED,
                            REMIND,
                            AppealState.REPLIED,
                            ESCALATE,
                            AppealState.REPLIED),
            "REVISITED_DISSATISFIED",
                    Map.of(
                            REOPEN,
                            AppealState.IN_PROGRESS,
                            CLOSE,
                            AppealState.CLOSED,
                            NOTE,
                            AppealState.REVISITED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.REVISITED),
            "REVISITED_SATISFIED",
                    Map.of(
                            CLOSE,
                            AppealState.CLOSED,
                            NOTE,
                            AppealState.REVISITED,
                            MERGE,
                            AppealState.CLOSED,
                            UPDATE_LABOUR,
                            AppealState.REVISITED),
            "CLOSED", Map.of(UPDATE_LABOUR, AppealState.CLOSED));

    private static final Map<String, Supplier<Appeal>> SITUATIONS = Map.of(
            "ACCEPTED", () -> in(AppealState.ACCEPTED, null),
            "DISPATCHED", () -> in(AppealState.DISPATCHED, null),
            "ACKNOWLEDGED", () -> in(AppealState.ACKNOWLEDGED, null),
            "RETURN_REQUESTED", () -> in(AppealState.RETURN_REQUESTED, null),
            "IN_PROGRESS", () -> in(AppealState.IN_PROGRESS, null),
            "EXTENSION_PENDING",
                    () -> {
                        Appeal appeal = in(AppealState.IN_PROGRESS, null);
                        appeal.requestExtension(3, "需要协调多部门", by(AppealFixtures.CLERK, "2026-09-14T14:00"));
                        return appeal;
                    },
            "REPLIED", () -> in(AppealState.REPLIED, null),
            "REVISITED_DISSATISFIED", () -> in(AppealState.REVISITED, Satisfaction.DISSATISFIED),
            "REVISITED_SATISFIED", () -> in(AppealState.REVISITED, Satisfaction.BASICALLY_SATISFIED),
            "CLOSED", () -> in(AppealState.CLOSED, Satisfaction.SATISFIED));

    @Test
    void shouldAllowExactlyTheLegalMovesInEveryState() {
        assertThat(SITUATIONS.keySet()).isEqualTo(LEGAL.keySet());
        for (var situation : SITUATIONS.entrySet()) {
            Map<AppealAction, AppealState> legal = LEGAL.get(situation.getKey());
            for (AppealAction action : AppealAction.values()) {
                Appeal appeal = situation.getValue().get();
                String what = situation.getKey() + " " + action;
                assertThat(appeal.permits(action, AppealFixtures.at(SOON)))
                        .as(what)
                        .isEqualTo(legal.containsKey(action));
                if (legal.containsKey(action)) {
                    perform(appeal, action, by(CENTRE, SOON));
                    assertThat(appeal.state().state).as(what).isEqualTo(legal.get(action));
                } else {
                    AppealState before = appeal.state().state;
                    int logged = appeal.events().size();
                    assertThatThrownBy(() -> perform(appeal, action, by(CENTRE, SOON)))
                            .as(what)
                            .isInstanceOf(ConflictException.class);
                    assertThat(appeal.state().state).as(what).isEqualTo(before);
                    assertThat(appeal.events()).as(what).hasSize(logged);
                }
            }
        }
    }

    @Test
    void shouldCoverEveryStateOfTheWorkflow() {
        Set<AppealState> reached = EnumSet.noneOf(AppealState.class);
        LEGAL.values().forEach(moves -> reached.addAll(moves.values()));
        assertThat(reached).containsExactlyInAnyOrder(AppealState.values());
    }
}
