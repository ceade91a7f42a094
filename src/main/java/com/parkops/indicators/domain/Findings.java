package com.parkops.indicators.domain;

import com.parkops.shared.InputError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Errors or warnings of one import: every finding is counted, only the first {@code limit} by row
 * are kept (and translated), so a file with a million bad rows does not fill the heap.
 */
final class Findings {

    private static final Comparator<InputError> BY_ROW = Comparator.comparing(
                    InputError::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::field, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final MessageSource messages;
    private final Locale locale;
    private final int limit;
    private final List<InputError> listed = new ArrayList<>();
    private long count;

    Findings(MessageSource messages, Locale locale, int limit) {
        this.messages = messages;
        this.locale = locale;
        this.limit = limit;
    }

    /** Adds a finding whose message is the given key of {@code i18n/indicators} with its arguments. */
    void add(Integer row, String field, String key, Object... args) {
        count++;
        if (listed.size() >= limit) {
            trim();
            InputError last = listed.get(listed.size() - 1);
            if (BY_ROW.compare(new InputError(row, field, ""), last) >= 0) {
                return;
            }
        }
        listed.add(new InputError(row, field, messages.getMessage(key, args, key, locale)));
    }

    /** Adds findings already limited to the first rows, with the total they were taken from. */
    void addLimited(List<Finding> found, long total) {
        for (Finding finding : found) {
            listed.add(new InputError(
                    finding.row(),
                    finding.field(),
                    messages.getMessage(finding.key(), finding.args(), finding.key(), locale)));
        }
        count += total;
        trim();
    }

    private void trim() {
        listed.sort(BY_ROW);
        if (listed.size() > limit) {
            listed.subList(limit, listed.size()).clear();
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** The first findings by row, at most {@code limit}. */
    List<InputError> listed() {
        trim();
        return List.copyOf(listed);
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
