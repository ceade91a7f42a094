package com.parkops.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.projects.NodeStatus;
import com.parkops.projects.OrderState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void shouldColourOpenNodesAtTheBoundaries() {
        assertThat(StatusRules.node(TODAY.minusDays(1), null, TODAY, 7)).isEqualTo(NodeStatus.RED);
        assertThat(StatusRules.node(TODAY, null, TODAY, 7)).isEqualTo(NodeStatus.YELLOW);
        assertThat(StatusRules.node(TODAY.plusDays(7), null, TODAY, 7)).isEqualTo(NodeStatus.YELLOW);
        assertThat(StatusRules.node(TODAY.plusDays(8), null, TODAY, 7)).isEqualTo(NodeStatus.GREEN);
        assertThat(StatusRules.node(TODAY.plusDays(1), null, TODAY, 0)).isEqualTo(NodeStatus.GREEN);
    }

    @Test
    void shouldTellDoneFromDoneLate() {
        assertThat(StatusRules.node(TODAY, TODAY, TODAY, 7)).isEqualTo(NodeStatus.DONE);
        assertThat(StatusRules.node(TODAY, TODAY.minusDays(3), TODAY, 7)).isEqualTo(NodeStatus.DONE);
        assertThat(StatusRules.node(TODAY, TODAY.plusDays(1), TODAY.plusDays(5), 7))
                .isEqualTo(NodeStatus.DONE_LATE);
        assertThat(StatusRules.daysLate(TODAY, TODAY.plusDays(4), TODAY.plusDays(9)))
                .isEqualTo(4);
        assertThat(StatusRules.daysLate(TODAY, null, TODAY.plusDays(9))).isEqualTo(9);
        assertThat(StatusRules.daysLate(TODAY, null, TODAY.minusDays(2))).isZero();
    }

    @Test
    void shouldTakeTheWorstOpenNodeForTheProject() {
        assertThat(StatusRules.project(List.of(NodeStatus.DONE_LATE, NodeStatus.GREEN, NodeStatus.YELLOW)))
                .isEqualTo(NodeStatus.YELLOW);
        assertThat(StatusRules.project(List.of(NodeStatus.RED, NodeStatus.GREEN)))
                .isEqualTo(NodeStatus.RED);
        assertThat(StatusRules.project(List.of(NodeStatus.DONE, NodeStatus.DONE_LATE)))
                .isEqualTo(NodeStatus.DONE);
    }

    @Test
    void shouldRefuseIllegalOrderMoves() {
        assertThat(OrderMoves.next(OrderState.ISSUED, OrderMoves.Move.REPLY)).isEqualTo(OrderState.REPLIED);
        assertThat(OrderMoves.next(OrderState.REPLIED, OrderMoves.Move.CLOSE)).isEqualTo(OrderState.CLOSED);
        assertThat(OrderMoves.next(OrderState.REPLIED, OrderMoves.Move.SEND_BACK))
                .isEqualTo(OrderState.ISSUED);
        assertThatThrownBy(() -> OrderMoves.next(OrderState.ISSUED, OrderMoves.Move.CLOSE))
                .isInstanceOf(OrderMoves.Refused.class);
        assertThatThrownBy(() -> OrderMoves.next(OrderState.CLOSED, OrderMoves.Move.REPLY))
                .isInstanceOf(OrderMoves.Refused.class);
    }
}
