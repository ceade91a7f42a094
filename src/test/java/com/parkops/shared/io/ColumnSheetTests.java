package com.parkops.shared.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.parkops.shared.InputError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a table by a module's columns: headers by key, label, label with unit or alias; header problems. */
class ColumnSheetTests {

    enum Column implements SheetColumn {
        CODE("code", "编号", true),
        AREA("area", "面积", false),
        STAGE("stage", "当前阶段", true, "阶段");

        private final String key;
        private final String label;
        private final boolean required;
        private final Set<String> aliases;

        Column(String key, String label, boolean required, String... aliases) {
            this.key = key;
            this.label = label;
            this.required = required;
            this.aliases = Set.of(aliases);
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public Set<String> aliases() {
            return aliases;
        }
    }

    static final ColumnSheet.Errors ERRORS =
            (field, problem, args) -> new InputError(1, field, problem.key() + Arrays.toString(args));

    static ColumnSheet<Column> read(String csv, Set<String> ignored) throws IOException {
        return ColumnSheet.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Column.class, ignored, ERRORS);
    }

    @Test
    void shouldReadRowsByKeyLabelUnitAndAliasSkippingBlankRowsAndIgnoredHeaders() throws IOException {
        ColumnSheet<Column> sheet = read("\uFEFFCODE,面积（m²）,备注,阶段\nA-1,12, x ,签约\n,,,\nA-2\n", Set.of("备注"));
        assertThat(sheet.headerErrors()).isEmpty();
        assertThat(sheet.hasRequiredColumns()).isTrue();
        assertThat(sheet.columns()).containsExactly(Column.CODE, Column.AREA, Column.STAGE);
        assertThat(sheet.rows()).extracting(ColumnSheet.Row::number).containsExactly(2, 4);
        ColumnSheet.Row<Column> second = sheet.rows().get(1);
        assertThat(second.cell(Column.CODE)).isEqualTo("A-2");
        assertThat(second.has(Column.AREA)).isTrue();
        assertThat(second.cell(Column.AREA)).isEmpty();
    }

    @Test
    void shouldReportUnknownRepeatedAndMissingColumns() throws IOException {
        ColumnSheet<Column> sheet = read("编号,code,颜色\n1,2,3\n", Set.of());
        assertThat(sheet.hasRequiredColumns()).isFalse();
        assertThat(sheet.headerErrors())
                .extracting(InputError::field, InputError::message)
                .containsExactly(
                        tuple("code", "repeatedColumn[code]"),
                        tuple("颜色", "unknownColumn[颜色, code/编号, area/面积, stage/当前阶段]"),
                        tuple("stage", "missingColumn[stage, 当前阶段]"));
    }

    @Test
    void shouldReportAnEmptyFile() throws IOException {
        ColumnSheet<Column> sheet = read("", Set.of());
        assertThat(sheet.headerErrors()).extracting(InputError::field).containsExactly("file");
        assertThat(sheet.hasRequiredColumns()).isFalse();
    }

    @Test
    void shouldOrderErrorsByRowThenByColumn() {
        List<InputError> errors = new ArrayList<>(List.of(
                new InputError(3, "stage", "c"),
                new InputError(3, "code", "b"),
                new InputError(2, "area", "a"),
                new InputError(null, "file", "0"),
                new InputError(3, "other", "x")));
        errors.sort(ColumnSheet.errorOrder(Column.class));
        assertThat(errors).extracting(InputError::message).containsExactly("0", "a", "x", "b", "c");
    }
}
