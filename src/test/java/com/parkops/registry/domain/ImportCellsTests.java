package com.parkops.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ImportCellsTests {

    @Test
    void shouldReadMonthsAsSpreadsheetsShowThem() {
        assertThat(ImportCells.yearMonth("2019-02")).contains(YearMonth.of(2019, 2));
        assertThat(ImportCells.yearMonth("2019/2")).contains(YearMonth.of(2019, 2));
        assertThat(ImportCells.yearMonth("2019年2月")).contains(YearMonth.of(2019, 2));
        assertThat(ImportCells.yearMonth("2019/2/1")).contains(YearMonth.of(2019, 2));
    }

    @Test
    void shouldRejectImpossibleMonths() {
        assertThat(ImportCells.yearMonth("2019-13")).isEmpty();
        assertThat(ImportCells.yearMonth("201902")).isEmpty();
        assertThat(ImportCells.yearMonth("Feb 2019")).isEmpty();
    }

    @Test
    void shouldReadDatesInIsoAndExcelSpelling() {
        assertThat(ImportCells.date("2011-06-04")).contains(LocalDate.of(2011, 6, 4));
        assertThat(ImportCells.date("2011/6/4")).contains(LocalDate.of(2011, 6, 4));
        assertThat(ImportCells.date("2011年6月4日")).contains(LocalDate.of(2011, 6, 4));
    }

    @Test
    void shouldReadExcelShortDatesAsMonthDayYear() {
        assertThat(ImportCells.date("6/4/11")).contains(LocalDate.of(2011, 6, 4));
        assertThat(ImportCells.date("12/31/98")).contains(LocalDate.of(1998, 12, 31));
        assertThat(ImportCells.yearMonth("2/1/19")).contains(YearMonth.of(2019, 2));
    }

    @Test
    void shouldRejectImpossibleDates() {
        assertThat(ImportCells.date("2010-13-45")).isEmpty();
        assertThat(ImportCells.date("2023-02-29")).isEmpty();
        assertThat(ImportCells.date("2011-06")).isEmpty();
    }

    @Test
    void shouldReadAreasWithThousandsSeparators() {
        assertThat(ImportCells.number("7,299.50"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("7299.5"));
        assertThat(ImportCells.number("-5"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-5"));
        assertThat(ImportCells.number("12 mu")).isEmpty();
    }
}
