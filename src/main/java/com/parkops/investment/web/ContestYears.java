package com.parkops.investment.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The year a page or call asks for: 2000..2100, otherwise invalid input on {@code year}. */
@Component
class ContestYears {

    static final int FIRST = 2000;
    static final int LAST = 2100;

    private final ContestPageText text;

    ContestYears(ContestPageText text) {
        this.text = text;
    }

    int check(int year) {
        if (year < FIRST || year > LAST) {
            throw new InvalidInputException(
                    text.get("contest.error.invalid"),
                    List.of(new InputError(null, "year", text.get("team.error.year"))));
        }
        return year;
    }
}
