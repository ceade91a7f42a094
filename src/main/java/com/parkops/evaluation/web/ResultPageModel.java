package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationPaths;
import com.parkops.evaluation.EvaluationPolicies;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import com.parkops.zone.Zones;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything {@code evaluation/result.html} shows of one enterprise's result: the per-indicator
 * breakdown and its chart, the bonus and penalty items, and the enterprise's published history.
 * Staff and the enterprise itself see the same page; only the links differ.
 */
@Component
class ResultPageModel {

    private final EvaluationRuns runs;
    private final ResultCharts charts;
    private final Zones zones;
    private final EvaluationPolicies policies;
    private final EvaluationPaths paths;

    ResultPageModel(
            EvaluationRuns runs, ResultCharts charts, Zones zones, EvaluationPolicies policies, EvaluationPaths paths) {
        this.runs = runs;
        this.charts = charts;
        this.zones = zones;
        this.policies = policies;
        this.paths = paths;
    }

    /**
     * @param staffView true on the staff page (decision, letter and run links), false on the
     *     enterprise's own page
     */
    void add(Model model, UUID zoneId, EvaluationRun run, EvaluationResult result, boolean staffView) {
        List<ResultBreakdownRow> rows =
                result.indicators().stream().map(ResultBreakdownRow::of).toList();
        List<ResultHistoryRow> history = history(zoneId, result);
        model.addAttribute("run", run);
        model.addAttribute("result", result);
        model.addAttribute("score", ResultNumbers.score(result.score()));
        model.addAttribute("rows", rows);
        model.addAttribute(
                "indicatorTotal",
                ResultNumbers.score(result.indicators().stream()
                        .map(IndicatorScore::score)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
        model.addAttribute("bonus", ResultNumbers.score(result.bonus()));
        model.addAttribute("penalty", ResultNumbers.score(result.penalty()));
        model.addAttribute("breakdownChart", charts.breakdown(rows));
        model.addAttribute("items", items(run, result));
        model.addAttribute("history", history);
        model.addAttribute(
                "historyChart",
                charts.history(history.stream().filter(h -> h.score() != null).toList()));
        model.addAttribute(
                "minmax",
                pool(run, result).map(p -> "minmax".equals(p.method())).orElse(false));
        model.addAttribute("policy", policies.of(zoneId, result.grade()));
        // callers have checked that this user may see this result
        model.addAttribute(
                "path", paths.path(zoneId, run.id(), result.creditCode()).orElse(null));
        model.addAttribute("staffView", staffView);
        model.addAttribute("timeZone", zones.timeZone(zoneId));
        model.addAttribute("today", zones.today(zoneId));
    }

    /** The published results of the enterprise, oldest year first. */
    private List<ResultHistoryRow> history(UUID zoneId, EvaluationResult result) {
        Map<UUID, Optional<EvaluationRun>> found = new HashMap<>();
        List<ResultHistoryRow> rows = new ArrayList<>();
        for (EvaluationResult earlier : runs.history(zoneId, result.enterpriseId())) {
            found.computeIfAbsent(earlier.runId(), id -> runs.find(zoneId, id))
                    .ifPresent(run -> rows.add(ResultHistoryRow.of(run, earlier)));
        }
        rows.sort(Comparator.comparingInt(ResultHistoryRow::year));
        return rows;
    }

    /** The bonus and penalty items that applied, named as the run's scheme names them. */
    static List<ResultItemRow> items(EvaluationRun run, EvaluationResult result) {
        List<ResultItemRow> items = new ArrayList<>();
        pool(run, result).ifPresent(pool -> {
            for (String code : result.items()) {
                item(pool.bonusItems(), code, true).ifPresent(items::add);
                item(pool.penaltyItems(), code, false).ifPresent(items::add);
            }
        });
        return items;
    }

    private static Optional<Scheme.Pool> pool(EvaluationRun run, EvaluationResult result) {
        List<Scheme.Pool> pools = run.scheme().pools();
        return result.poolIndex() < 0 || result.poolIndex() >= pools.size()
                ? Optional.empty()
                : Optional.of(pools.get(result.poolIndex()));
    }

    private static Optional<ResultItemRow> item(List<Scheme.Item> items, String code, boolean bonus) {
        if (items == null) {
            return Optional.empty();
        }
        return items.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .map(i -> new ResultItemRow(
                        i.code(), i.name(), bonus, ResultNumbers.score(i.points()), i.qualification() != null));
    }
}
