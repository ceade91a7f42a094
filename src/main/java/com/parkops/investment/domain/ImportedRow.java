package com.parkops.investment.domain;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.Stage;
import com.parkops.shared.InputError;
import com.parkops.shared.io.ColumnSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a project file, read and checked on its own: required cells, sources, stage names,
 * dates (not in the future, in stage order, none for a stage not reached; the signing date is
 * required once the project is signed) and amounts (not negative).
 */
record ImportedRow(
        int number,
        String code,
        String name,
        String investor,
        CapitalSource source,
        BigDecimal amount,
        String chain,
        Map<Stage, LocalDate> dates,
        BigDecimal fundsInPlace,
        Stage stage) {

    private static final Map<ProjectColumn, Stage> DATE_COLUMNS = Map.of(
            ProjectColumn.SIGNED_ON, Stage.SIGNED,
            ProjectColumn.STARTED_ON, Stage.STARTED,
            ProjectColumn.PRODUCTION_ON, Stage.IN_PRODUCTION);

    /** The checked row, or empty with its errors added. */
    static Optional<ImportedRow> read(
            ColumnSheet.Row<ProjectColumn> row,
            LocalDate today,
            InvestmentMessages messages,
            List<InputError> allErrors) {
        List<InputError> errors = new ArrayList<>();
        int n = row.number();
        String code = row.cell(ProjectColumn.CODE);
        if (code.isEmpty()) {
            errors.add(messages.error(n, "code", "investment.error.required"));
        } else if (code.length() > 40) {
            errors.add(messages.error(n, "code", "investment.error.tooLong", 40));
        }
        String name = row.cell(ProjectColumn.NAME);
        if (name.isEmpty()) {
            errors.add(messages.error(n, "name", "investment.error.required"));
        }
        String sourceText = row.cell(ProjectColumn.CAPITAL_SOURCE);
        CapitalSource source = CapitalSource.parse(sourceText).orElse(null);
        if (source == null) {
            errors.add(messages.error(n, "capitalSource", "investment.import.capitalSource", sourceText));
        }
        BigDecimal amount = amount(row, ProjectColumn.AMOUNT, messages, errors);
        BigDecimal funds = amount(row, ProjectColumn.FUNDS_IN_PLACE, messages, errors);
        String stageText = row.cell(ProjectColumn.STAGE);
        Stage stage = Stage.parse(stageText).orElse(null);
        if (stage == null) {
            errors.add(messages.error(n, "stage", "investment.import.stage", stageText));
        }
        Map<Stage, LocalDate> dates = new java.util.EnumMap<>(Stage.class);
        for (ProjectColumn column :
                List.of(ProjectColumn.SIGNED_ON, ProjectColumn.STARTED_ON, ProjectColumn.PRODUCTION_ON)) {
            date(row, column, stage, today, messages, errors).ifPresent(on -> dates.put(DATE_COLUMNS.get(column), on));
        }
        if (stage != null
                && stage.reached(Stage.SIGNED)
                && !dates.containsKey(Stage.SIGNED)
                && errors.stream().noneMatch(e -> "signedOn".equals(e.field()))) {
            errors.add(messages.error(n, "signedOn", "investment.import.signedOnMissing"));
        }
        order(n, dates, messages, errors);
        allErrors.addAll(errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        String investor = row.cell(ProjectColumn.INVESTOR);
        String chain = row.cell(ProjectColumn.CHAIN);
        return Optional.of(new ImportedRow(
                n,
                code,
                name,
                investor.isEmpty() ? null : investor,
                source,
                amount,
                chain.isEmpty() ? null : chain,
                dates,
                funds,
                stage));
    }

    private static BigDecimal amount(
            ColumnSheet.Row<ProjectColumn> row,
            ProjectColumn column,
            InvestmentMessages messages,
            List<InputError> errors) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = Cells.number(text);
        if (value.isEmpty()) {
            errors.add(messages.error(row.number(), column.key(), "investment.import.number", text));
            return null;
        }
        if (value.get().signum() < 0 || value.get().compareTo(DraftChecks.MAX_AMOUNT) > 0) {
            errors.add(messages.error(row.number(), column.key(), "investment.error.notNegative"));
            return null;
        }
        return value.get().setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<LocalDate> date(
            ColumnSheet.Row<ProjectColumn> row,
            ProjectColumn column,
            Stage stage,
            LocalDate today,
            InvestmentMessages messages,
            List<InputError> errors) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> on = Cells.date(text);
        if (on.isEmpty()) {
            errors.add(messages.error(row.number(), column.key(), "investment.import.date", text));
        } else if (on.get().isAfter(today)) {
            errors.add(messages.error(row.number(), column.key(), "investment.error.future"));
        } else if (stage != null && !stage.reached(DATE_COLUMNS.get(column))) {
            errors.add(messages.error(
                    row.number(),
                    column.key(),
                    "investment.import.notReached",
                    DATE_COLUMNS.get(column).chinese()));
        } else {
            return on;
        }
        return Optional.empty();
    }

    private static void order(
            int n, Map<Stage, LocalDate> dates, InvestmentMessages messages, List<InputError> errors) {
        LocalDate signed = dates.get(Stage.SIGNED);
        LocalDate started = dates.get(Stage.STARTED);
        LocalDate production = dates.get(Stage.IN_PRODUCTION);
        if (signed != null && started != null && started.isBefore(signed)) {
            errors.add(messages.error(n, "startedOn", "investment.error.beforeEarlierStage"));
        }
        LocalDate before = started != null ? started : signed;
        if (before != null && production != null && production.isBefore(before)) {
            errors.add(messages.error(n, "productionOn", "investment.error.beforeEarlierStage"));
        }
    }
}
