package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One pool of the scheme form; the grade split is kept as four fields, A to D, in percent. */
class SchemePoolForm {

    private String name;
    private String scale = "above";
    private BigDecimal minMu = BigDecimal.ZERO;
    private String method = "ratio";
    private BigDecimal capMultiple = BigDecimal.valueOf(2);
    private String zeroDenominator = "zero";
    private List<SchemeIndicatorRow> indicators = new ArrayList<>();
    private BigDecimal gradeA;
    private BigDecimal gradeB;
    private BigDecimal gradeC;
    private BigDecimal gradeD;
    private List<SchemeItemRow> bonusItems = new ArrayList<>();
    private List<SchemeItemRow> penaltyItems = new ArrayList<>();

    /** A new pool: one empty indicator row and the usual 20/40/35/5 split. */
    static SchemePoolForm empty() {
        SchemePoolForm pool = new SchemePoolForm();
        pool.indicators.add(new SchemeIndicatorRow());
        pool.gradeA = BigDecimal.valueOf(20);
        pool.gradeB = BigDecimal.valueOf(40);
        pool.gradeC = BigDecimal.valueOf(35);
        pool.gradeD = BigDecimal.valueOf(5);
        return pool;
    }

    static SchemePoolForm of(Scheme.Pool pool) {
        SchemePoolForm form = new SchemePoolForm();
        form.name = pool.name();
        form.scale = pool.scale();
        form.minMu = SchemeNumbers.plain(pool.minMu());
        form.method = pool.method();
        form.capMultiple = SchemeNumbers.plain(pool.capMultiple());
        form.zeroDenominator = pool.zeroDenominator();
        form.indicators = new ArrayList<>(
                pool.indicators().stream().map(SchemeIndicatorRow::of).toList());
        Map<String, BigDecimal> grades = pool.grades();
        form.gradeA = SchemeNumbers.plain(grades.get("A"));
        form.gradeB = SchemeNumbers.plain(grades.get("B"));
        form.gradeC = SchemeNumbers.plain(grades.get("C"));
        form.gradeD = SchemeNumbers.plain(grades.get("D"));
        form.bonusItems = items(pool.bonusItems());
        form.penaltyItems = items(pool.penaltyItems());
        return form;
    }

    private static List<SchemeItemRow> items(List<Scheme.Item> items) {
        return items == null
                ? new ArrayList<>()
                : new ArrayList<>(items.stream().map(SchemeItemRow::of).toList());
    }

    Scheme.Pool toPool() {
        Map<String, BigDecimal> grades = new LinkedHashMap<>();
        grades.put("A", gradeA);
        grades.put("B", gradeB);
        grades.put("C", gradeC);
        grades.put("D", gradeD);
        return new Scheme.Pool(
                SchemeNumbers.text(name),
                SchemeNumbers.text(scale),
                minMu,
                SchemeNumbers.text(method),
                capMultiple,
                SchemeNumbers.text(zeroDenominator),
                indicators.stream().map(SchemeIndicatorRow::toIndicator).toList(),
                grades,
                bonusItems.stream().map(SchemeItemRow::toItem).toList(),
                penaltyItems.stream().map(SchemeItemRow::toItem).toList());
    }

    /** The sum of the weights entered so far (blank weights count as 0). */
    public BigDecimal getWeightSum() {
        return SchemeNumbers.plain(indicators.stream()
                .map(SchemeIndicatorRow::getWeight)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether the weights entered so far sum to exactly 100. */
    public boolean isWeightSumHundred() {
        return getWeightSum().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public BigDecimal getMinMu() {
        return minMu;
    }

    public void setMinMu(BigDecimal minMu) {
        this.minMu = minMu;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public BigDecimal getCapMultiple() {
        return capMultiple;
    }

    public void setCapMultiple(BigDecimal capMultiple) {
        this.capMultiple = capMultiple;
    }

    public String getZeroDenominator() {
        return zeroDenominator;
    }

    public void setZeroDenominator(String zeroDenominator) {
        this.zeroDenominator = zeroDenominator;
    }

    public List<SchemeIndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<SchemeIndicatorRow> indicators) {
        this.indicators = indicators;
    }

    public BigDecimal getGradeA() {
        return gradeA;
    }

    public void setGradeA(BigDecimal gradeA) {
        this.gradeA = gradeA;
    }

    public BigDecimal getGradeB() {
        return gradeB;
    }

    public void setGradeB(BigDecimal gradeB) {
        this.gradeB = gradeB;
    }

    public BigDecimal getGradeC() {
        return gradeC;
    }

    public void setGradeC(BigDecimal gradeC) {
        this.gradeC = gradeC;
    }

    public BigDecimal getGradeD() {
        return gradeD;
    }

    public void setGradeD(BigDecimal gradeD) {
        this.gradeD = gradeD;
    }

    public List<SchemeItemRow> getBonusItems() {
        return bonusItems;
    }

    public void setBonusItems(List<SchemeItemRow> bonusItems) {
        this.bonusItems = bonusItems;
    }

    public List<SchemeItemRow> getPenaltyItems() {
        return penaltyItems;
    }

    public void setPenaltyItems(List<SchemeItemRow> penaltyItems) {
        this.penaltyItems = penaltyItems;
    }
}
