package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.GradePolicy;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Writes one enterprise's result letter (评价结果告知书) as a Word document. */
final class ResultLetter {

    private static final int SCORE_SCALE = 2;
    private static final Set<Integer> NUMERIC_COLUMNS = Set.of(1, 2, 3, 4);
    private static final int[] BREAKDOWN_WIDTHS = {34, 14, 16, 10, 13, 13};

    private final LetterContext context;
    private final LetterText text;
    private final EvaluationResult result;
    private final List<LetterDecision> decisions;
    private int section;

    private ResultLetter(LetterContext context, EvaluationResult result, List<LetterDecision> decisions) {
        this.context = context;
        this.text = context.text();
        this.result = result;
        this.decisions = decisions;
    }

    static void write(
            LetterContext context, EvaluationResult result, List<LetterDecision> decisions, OutputStream out) {
        try (LetterDocument document = new LetterDocument()) {
            new ResultLetter(context, result, decisions).compose(document);
            document.write(out);
        }
    }

    private void compose(LetterDocument document) {
        EvaluationRun run = context.run();
        String year = String.valueOf(run.year());
        document.title(text.get("consequences.letter.title", year), 16);
        if (run.status() == RunStatus.DRAFT) {
            document.title(text.get("consequences.letter.draft"), 10);
        }
        document.line(text.get("consequences.letter.salutation", result.name(), result.creditCode()));
        document.paragraph(
                run.schemeName() == null || run.schemeName().isBlank()
                        ? text.get("consequences.letter.intro", year)
                        : text.get("consequences.letter.introScheme", year, run.schemeName()));
        document.heading(heading("consequences.letter.result"));
        document.facts(summary());
        document.heading(heading("consequences.letter.breakdown"));
        document.table(breakdownHeader(), breakdown(), BREAKDOWN_WIDTHS, NUMERIC_COLUMNS);
        if (!result.items().isEmpty()) {
            document.paragraph(text.get("consequences.letter.items", itemNames()));
        }
        if (!decisions.isEmpty()) {
            document.heading(heading("consequences.letter.decisions"));
            decisions.forEach(decision -> document.paragraph(decision(decision)));
            if (result.grade() != result.computedGrade()) {
                document.paragraph(text.get(
                        "consequences.letter.gradeChanged", grade(result.computedGrade()), grade(result.grade())));
            }
        }
        document.heading(heading("consequences.letter.consequences"));
        document.paragraph(text.get("consequences.letter.consequencesIntro", grade(result.grade())));
        document.facts(consequences(context.policies().of(result.grade())));
        if (run.status() == RunStatus.PUBLISHED && run.objectionUntil() != null) {
            document.heading(heading("consequences.letter.objection"));
            document.paragraph(text.get("consequences.letter.objectionUntil", text.date(run.objectionUntil())));
        } else if (run.status() == RunStatus.FINAL) {
            document.paragraph(text.get("consequences.letter.final"));
        }
        document.right(context.zoneName(), true);
        document.right(text.get("consequences.letter.seal"), false);
        document.right(text.date(context.date()), false);
    }

    private String heading(String key) {
        section++;
        return text.get(
                "consequences.letter.heading", text.get("consequences.letter.numeral." + section), text.get(key));
    }

    private List<List<String>> summary() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text.get("consequences.letter.pool"), result.pool()));
        String grade = grade(result.grade());
        if (result.grade() == Grade.T && result.exemptReason() != null) {
            grade = text.get("consequences.letter.exempt", grade, result.exemptReason());
        }
        rows.add(List.of(text.get("consequences.letter.grade"), grade));
        rows.add(List.of(text.get("consequences.letter.score"), LetterText.number(result.score(), SCORE_SCALE)));
        rows.add(List.of(
                text.get("consequences.letter.rank"),
                result.rank() == null
                        ? text.get("consequences.letter.notRanked")
                        : text.get("consequences.letter.rankOf", result.rank(), result.graded())));
        return rows;
    }

    private List<String> breakdownHeader() {
        return Stream.of("indicator", "value", "benchmark", "weight", "score", "capped")
                .map(column -> text.get("consequences.letter.column." + column))
                .toList();
    }

    private List<List<String>> breakdown() {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorScore score : result.indicators()) {
            rows.add(List.of(
                    indicatorName(score.code()),
                    LetterText.number(score.value(), SCORE_SCALE),
                    LetterText.number(score.benchmark(), SCORE_SCALE),
                    LetterText.plain(score.weight()),
                    LetterText.number(score.score(), SCORE_SCALE),
                    score.capped() ? text.get("consequences.letter.cappedMark") : ""));
        }
        rows.add(List.of(
                text.get("consequences.letter.bonus"), "", "", "", LetterText.number(result.bonus(), SCORE_SCALE), ""));
        rows.add(List.of(
                text.get("consequences.letter.penalty"),
                "",
                "",
                "",
                LetterText.number(
                        result.penalty() == null ? null : result.penalty().negate(), SCORE_SCALE),
                ""));
        rows.add(List.of(
                text.get("consequences.letter.total"), "", "", "", LetterText.number(result.score(), SCORE_SCALE), ""));
        return rows;
    }

    /** The indicator's name with its unit, e.g. 亩均税收（万元/亩）. */
    private String indicatorName(String code) {
        String name = text.get("evaluation.indicator." + code);
        String unit = text.optional("consequences.indicatorUnit." + code);
        if (unit == null) {
            unit = EvaluationIndicator.byCode(code)
                    .map(EvaluationIndicator::unit)
                    .orElse(null);
        }
        return unit == null ? name : text.get("consequences.letter.withUnit", name, unit);
    }

    private String itemNames() {
        Scheme.Pool pool = pool();
        List<Scheme.Item> known = new ArrayList<>();
        if (pool != null) {
            known.addAll(Objects.requireNonNullElse(pool.bonusItems(), List.of()));
            known.addAll(Objects.requireNonNullElse(pool.penaltyItems(), List.of()));
        }
        return String.join(
                text.get("consequences.letter.listSeparator"),
                result.items().stream()
                        .map(code -> known.stream()
                                .filter(item -> code.equals(item.code()))
                                .map(Scheme.Item::name)
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(code))
                        .toList());
    }

    private String decision(LetterDecision decision) {
        if ("VETO".equals(decision.kind())) {
            return text.get(
                    "consequences.letter.veto", vetoName(decision.code()), decision.reason(), decision.approver());
        }
        return text.get(
                decision.steps() > 0 ? "consequences.letter.adjustUp" : "consequences.letter.adjustDown",
                decision.reason(),
                decision.approver());
    }

    private String vetoName(String code) {
        List<Scheme.VetoItem> items =
                context.run().scheme() == null ? null : context.run().scheme().vetoItems();
        return Objects.requireNonNullElse(items, List.<Scheme.VetoItem>of()).stream()
                .filter(item -> item.code().equals(code) && item.name() != null)
                .map(Scheme.VetoItem::name)
                .findFirst()
                .orElse(code == null ? "" : code);
    }

    private Scheme.Pool pool() {
        Scheme scheme = context.run().scheme();
        if (scheme == null
                || scheme.pools() == null
                || result.poolIndex() >= scheme.pools().size()) {
            return null;
        }
        return scheme.pools().get(result.poolIndex());
    }

    private List<List<String>> consequences(GradePolicy policy) {
        return List.of(
                row("electricitySurcharge", surcharge("electricity", policy.electricitySurcharge())),
                row("waterSurcharge", surcharge("water", policy.waterSurcharge())),
                row("sewageSurcharge", surcharge("sewage", policy.sewageSurcharge())),
                row(
                        "landTaxReduction",
                        policy.landTaxReduction().signum() == 0
                                ? text.get("consequences.value.noReduction")
                                : text.get(
                                        "consequences.value.reduction", LetterText.plain(policy.landTaxReduction()))),
                row("landPriority", text.get("consequences.priority." + policy.landPriority())),
                row("energyPriority", text.get("consequences.priority." + policy.energyPriority())),
                row("emissionPriority", text.get("consequences.priority." + policy.emissionPriority())),
                row("credit", policy.credit().isEmpty() ? LetterText.NONE : policy.credit()),
                row("otherMeasures", policy.otherMeasures().isEmpty() ? LetterText.NONE : policy.otherMeasures()));
    }

    private String surcharge(String kind, java.math.BigDecimal amount) {
        return amount.signum() == 0
                ? text.get("consequences.value.noSurcharge")
                : text.get("consequences.value." + kind, amount.toPlainString());
    }

    private List<String> row(String field, String value) {
        return List.of(text.get("consequences.field." + field), value);
    }

    private String grade(Grade grade) {
        return text.get("evaluation.grade." + grade);
    }
}
