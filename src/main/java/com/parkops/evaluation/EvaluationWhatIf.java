package com.parkops.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What-if (方案比较): two schemes scored on exactly the inputs of one run (its stored facts and the
 * staff's decisions), compared grade by grade. Nothing is stored. The grades compared are the
 * grades that count (after a veto or 调档, which both schemes keep).
 */
public interface EvaluationWhatIf {

    /**
     * Scores the run's inputs with {@code base} (scheme A; {@link Alternative#RUN} = the run's own
     * scheme) and with {@code alternative} (scheme B; edits of weights or cut-offs apply to A).
     *
     * @throws com.parkops.shared.NotFoundException when the run is not the zone's
     * @throws com.parkops.shared.InvalidInputException listing every problem of an alternative, with
     *     field paths such as {@code alternative.weights.规上.taxPerMu} or {@code
     *     alternative.scheme.pools[0].grades}
     */
    Comparison compare(UUID zoneId, UUID runId, Alternative base, Alternative alternative);

    /** The scheme a choice stands for, validated, with defaults (edits not allowed here). */
    Scheme scheme(UUID zoneId, UUID runId, Alternative choice);

    /**
     * A scheme to compare: exactly one of a preset key, a stored scheme, a whole scheme, or edits of
     * scheme A (weights per pool name and indicator code; grade percentages per pool name and grade
     * letter; what is not named keeps A's value). All empty = the run's own scheme.
     */
    record Alternative(
            String preset,
            UUID schemeId,
            Scheme scheme,
            Map<String, Map<String, BigDecimal>> weights,
            Map<String, Map<String, BigDecimal>> grades) {

        public static final Alternative RUN = new Alternative(null, null, null, null, null);

        public static Alternative ofPreset(String key) {
            return new Alternative(key, null, null, null, null);
        }

        public static Alternative ofStored(UUID schemeId) {
            return new Alternative(null, schemeId, null, null, null);
        }

        public static Alternative ofEdits(
                Map<String, Map<String, BigDecimal>> weights, Map<String, Map<String, BigDecimal>> grades) {
            return new Alternative(null, null, null, weights, grades);
        }

        public boolean edits() {
            return weights != null || grades != null;
        }

        /** How many of the four ways are given. */
        public int given() {
            return (preset == null ? 0 : 1) + (schemeId == null ? 0 : 1) + (scheme == null ? 0 : 1) + (edits() ? 1 : 0);
        }
    }

    /**
     * The comparison.
     *
     * @param nameA what scheme A is, in the reader's language
     * @param enterprises how many of the run's enterprises either scheme covers
     * @param pools per pool (named as under A; an enterprise only B covers under B's pool name)
     * @param movers the enterprises whose grade differs, by pool, then best move up first
     */
    record Comparison(
            UUID runId,
            int year,
            String nameA,
            String nameB,
            Scheme schemeA,
            Scheme schemeB,
            int enterprises,
            List<PoolComparison> pools,
            List<Mover> movers) {

        public Comparison {
            pools = List.copyOf(pools);
            movers = List.copyOf(movers);
        }
    }

    /**
     * One pool's grade transition matrix: rows the grade under A, columns under B; a null grade is
     * "not covered by that scheme".
     *
     * @param transitions every non-empty cell
     */
    record PoolComparison(String pool, int enterprises, int moved, List<Transition> transitions) {

        public PoolComparison {
            transitions = List.copyOf(transitions);
        }

        /** Enterprises with grade {@code a} under A and {@code b} under B. */
        public int count(Grade a, Grade b) {
            return transitions.stream()
                    .filter(t -> Objects.equals(t.from(), a) && Objects.equals(t.to(), b))
                    .mapToInt(Transition::count)
                    .sum();
        }

        /** Enterprises with grade {@code a} under A (null = not covered by A), whatever their grade under B. */
        public int rowTotal(Grade a) {
            return transitions.stream()
                    .filter(t -> Objects.equals(t.from(), a))
                    .mapToInt(Transition::count)
                    .sum();
        }

        /** Enterprises with grade {@code b} under B (null = not covered by B). */
        public int columnTotal(Grade b) {
            return transitions.stream()
                    .filter(t -> Objects.equals(t.to(), b))
                    .mapToInt(Transition::count)
                    .sum();
        }

        /** The grade totals under A (A, B, C, D, T); enterprises A does not cover are left out. */
        public Map<Grade, Integer> totalsA() {
            return totals(true);
        }

        /** The grade totals under B. */
        public Map<Grade, Integer> totalsB() {
            return totals(false);
        }

        /** The enterprises A (or B) does not cover. */
        public int uncovered(boolean underA) {
            return transitions.stream()
                    .filter(t -> (underA ? t.from() : t.to()) == null)
                    .mapToInt(Transition::count)
                    .sum();
        }

        /** The matrix's rows and columns: A, B, C, D, T, then null when any is not covered. */
        public List<Grade> grades() {
            List<Grade> grades = new ArrayList<>(List.of(Grade.values()));
            if (uncovered(true) > 0 || uncovered(false) > 0) {
                grades.add(null);
            }
            return grades;
        }

        private Map<Grade, Integer> totals(boolean underA) {
            Map<Grade, Integer> totals = new EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                totals.put(grade, 0);
            }
            for (Transition t : transitions) {
                Grade grade = underA ? t.from() : t.to();
                if (grade != null) {
                    totals.merge(grade, t.count(), Integer::sum);
                }
            }
            return totals;
        }
    }

    /** A cell of the matrix: how many went from grade {@code from} (A) to {@code to} (B). */
    record Transition(Grade from, Grade to, int count) {}

    /**
     * An enterprise whose grade differs.
     *
     * @param scoreA the unrounded total under A; null when A does not cover it or it has no land
     * @param rankA 1 = best in its pool under A; null for T or not covered
     * @param movement grade steps up from A to B (D → B = +2, A → C = −2); 0 when T or "not
     *     covered" is involved
     */
    record Mover(
            String creditCode,
            String name,
            String pool,
            Grade gradeA,
            Grade gradeB,
            BigDecimal scoreA,
            Integer rankA,
            BigDecimal scoreB,
            Integer rankB,
            int movement) {}
}
