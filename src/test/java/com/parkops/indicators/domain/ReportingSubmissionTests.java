package com.parkops.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.indicators.Basis;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.Submissions;
import com.parkops.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report's life cycle without Spring: every legal move, and every illegal one refused. */
class ReportingSubmissionTests {

    private static final Instant NOW = Instant.parse("2025-04-05T02:00:00Z");
    private static final Map<String, BigDecimal> FIGURES = Map.of("output", new BigDecimal("400"));
    private static final SubmissionFinding YOY = new SubmissionFinding("output", "同比变动 300%", "YoY 300%");

    @Test
    void shouldSubmitACleanDraftAndAcceptIt() {
        Submission report = draft(List.of());

        report.submit("clerk", NOW);
        report.accept("staff", NOW);

        assertThat(report.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(report.newEvents()).extracting(Submissions.Event::action).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(report.newEvents().get(0).figures()).isEqualTo(FIGURES);
    }

    @Test
    void shouldRefuseToSubmitAFlaggedReportUntilEveryFindingIsExplained() {
        Submission report = draft(List.of(YOY, new SubmissionFinding("tax", "缺报", "missing")));
        assertThat(report.unexplained()).hasSize(2);
        assertThatThrownBy(() -> report.submit("clerk", NOW)).isInstanceOf(ConflictException.class);
        assertThat(report.status()).isEqualTo(SubmissionStatus.DRAFT);

        report.edit(Basis.YTD, FIGURES, report.state().findings(), null, Map.of("output", "新产线投产"));
        assertThat(report.unexplained()).extracting(SubmissionFinding::field).containsExactly("tax");
        assertThatThrownBy(() -> report.submit("clerk", NOW)).isInstanceOf(ConflictException.class);

        report.edit(Basis.YTD, FIGURES, report.state().findings(), null, Map.of("output", "新产线投产", "tax", "退税"));
        report.submit("clerk", NOW);
        assertThat(report.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void shouldAcceptOneOverallExplanationForAllFindings() {
        Submission report = draft(List.of(YOY, new SubmissionFinding(null, "整体", "overall")));
        report.edit(Basis.YTD, FIGURES, List.of(YOY, new SubmissionFinding(null, "整体", "overall")), "扩产", Map.of());

        report.submit("clerk", NOW);

        assertThat(report.explained()).isTrue();
        assertThat(report.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void shouldNotAcceptAFlaggedSubmissionWithoutExplanation() {
        // a report stored as submitted with findings and no explanation (e.g. written before the rule)
        Submission report = Submission.restore(new Submission.State(
                UUID.randomUUID(),
                UUID.randomUUID(),
                YearMonth.of(2025, 3),
                Basis.YTD,
                SubmissionStatus.SUBMITTED,
                FIGURES,
                List.of(YOY),
                "  ",
                Map.of(),
                null,
                3));

        assertThatThrownBy(() -> report.accept("staff", NOW)).isInstanceOf(ConflictException.class);
        assertThat(report.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(report.newEvents()).isEmpty();
    }

    @Test
    void shouldReturnWithAReasonAndLetTheEnterpriseEditAndResubmit() {
        Submission report = draft(List.of());
        report.submit("clerk", NOW);

        assertThatThrownBy(() -> report.returnForChanges("staff", NOW, " "))
                .isInstanceOf(IllegalArgumentException.class);
        report.returnForChanges("staff", NOW, " 请核对产值 ");
        assertThat(report.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(report.state().returnReason()).isEqualTo("请核对产值");

        report.edit(Basis.YTD, Map.of("output", new BigDecimal("380")), List.of(), null, Map.of());
        assertThat(report.status()).isEqualTo(SubmissionStatus.RETURNED);
        report.submit("clerk", NOW);

        assertThat(report.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(report.state().returnReason()).isNull();
        assertThat(report.newEvents())
                .extracting(Submissions.Event::action, Submissions.Event::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", null),
                        org.assertj.core.groups.Tuple.tuple("RETURNED", "请核对产值"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", null));
    }

    @Test
    void shouldRefuseIllegalMoves() {
        Submission draft = draft(List.of());
        assertThatThrownBy(() -> draft.accept("staff", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.returnForChanges("staff", NOW, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.reopen("clerk", NOW)).isInstanceOf(ConflictException.class);

        draft.submit("clerk", NOW);
        assertThatThrownBy(() -> draft.submit("clerk", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.edit(Basis.YTD, FIGURES, List.of(), null, Map.of()))
                .isInstanceOf(ConflictException.class);

        draft.accept("staff", NOW);
        assertThatThrownBy(() -> draft.accept("staff", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.returnForChanges("staff", NOW, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.edit(Basis.YTD, FIGURES, List.of(), null, Map.of()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldRefuseToSubmitAReportWithoutFigures() {
        Submission empty = Submission.start(UUID.randomUUID(), YearMonth.of(2025, 3), Basis.YTD);

        assertThatThrownBy(() -> empty.submit("clerk", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldReopenAnAcceptedReportAsACorrection() {
        Submission report = draft(List.of());
        report.submit("clerk", NOW);
        report.accept("staff", NOW);

        report.reopen("clerk", NOW);
        report.edit(Basis.YTD, Map.of("output", new BigDecimal("410")), List.of(), null, Map.of());
        report.submit("clerk", NOW);

        assertThat(report.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(report.newEvents())
                .extracting(Submissions.Event::action)
                .containsExactly("SUBMITTED", "ACCEPTED", "REOPENED", "SUBMITTED");
    }

    @Test
    void shouldKeepOnlyWrittenExplanations() {
        Submission report = draft(List.of(YOY));

        report.edit(Basis.YTD, FIGURES, List.of(YOY), "  ", Map.of("output", " 扩产 ", "tax", "  "));

        assertThat(report.state().explanation()).isNull();
        assertThat(report.state().explanations()).containsExactly(Map.entry("output", "扩产"));
    }

    private static Submission draft(List<SubmissionFinding> findings) {
        Submission report = Submission.start(UUID.randomUUID(), YearMonth.of(2025, 3), Basis.YTD);
        report.edit(Basis.YTD, FIGURES, findings, null, Map.of());
        return report;
    }
}
