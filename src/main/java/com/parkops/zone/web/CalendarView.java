package com.parkops.zone.web;

import com.parkops.zone.HolidayCalendars.Day;
import com.parkops.zone.HolidayCalendars.Kind;
import com.parkops.zone.HolidayCalendars.Year;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A calendar year laid out for the page: twelve month grids (weeks from Monday) and the named runs of days. */
final class CalendarView {

    /** One cell of a month grid; {@code date} is null for the padding before the 1st and after the last. */
    record Cell(LocalDate date, boolean weekend, Kind kind, String name, boolean today) {

        /** The cell's style classes: weekend, k-HOLIDAY / k-WORKDAY, today. */
        public String css() {
            StringBuilder css = new StringBuilder();
            if (weekend) {
                css.append("weekend ");
            }
            if (kind != null) {
                css.append("k-").append(kind.name()).append(' ');
            }
            if (today) {
                css.append("today");
            }
            return css.toString().strip();
        }
    }

    /** A month: its number (1–12) and its weeks of seven cells. */
    record Month(int month, List<List<Cell>> weeks) {}

    /** Consecutive days of one kind and name, e.g. 春节 02-15 … 02-23. */
    record Run(Kind kind, String name, LocalDate first, LocalDate last, List<LocalDate> days) {}

    private CalendarView() {}

    static List<Month> months(Year year, LocalDate today) {
        Map<LocalDate, Day> holidays = index(year.holidays());
        Map<LocalDate, Day> workdays = index(year.workingWeekends());
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year.year(), m);
            List<Cell> cells = new ArrayList<>();
            int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < padding; i++) {
                cells.add(new Cell(null, false, null, null, false));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                Day holiday = holidays.get(date);
                Day workday = workdays.get(date);
                Kind kind = holiday != null ? Kind.HOLIDAY : workday != null ? Kind.WORKDAY : null;
                String name = holiday != null ? holiday.name() : workday != null ? workday.name() : null;
                boolean weekend = date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
                cells.add(new Cell(date, weekend, kind, name, date.equals(today)));
            }
            while (cells.size() % 7 != 0) {
                cells.add(new Cell(null, false, null, null, false));
            }
            List<List<Cell>> weeks = new ArrayList<>();
            for (int i = 0; i < cells.size(); i += 7) {
                weeks.add(List.copyOf(cells.subList(i, i + 7)));
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    static List<Run> runs(Year year) {
        List<Run> runs = new ArrayList<>();
        runs.addAll(runs(Kind.HOLIDAY, year.holidays()));
        runs.addAll(runs(Kind.WORKDAY, year.workingWeekends()));
        runs.sort(Comparator.comparing(Run::first));
        return runs;
    }

    private static List<Run> runs(Kind kind, List<Day> days) {
        List<Day> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(Day::day));
        List<Run> runs = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        String name = null;
        for (Day day : sorted) {
            boolean continues = !current.isEmpty()
                    && day.name().equals(name)
                    && day.day().equals(current.get(current.size() - 1).plusDays(1));
            if (!continues && !current.isEmpty()) {
                runs.add(new Run(kind, name, current.get(0), current.get(current.size() - 1), List.copyOf(current)));
                current.clear();
            }
            name = day.name();
            current.add(day.day());
        }
        if (!current.isEmpty()) {
            runs.add(new Run(kind, name, current.get(0), current.get(current.size() - 1), List.copyOf(current)));
        }
        return runs;
    }

    private static Map<LocalDate, Day> index(List<Day> days) {
        Map<LocalDate, Day> index = new HashMap<>();
        days.forEach(day -> index.put(day.day(), day));
        return index;
    }
}
