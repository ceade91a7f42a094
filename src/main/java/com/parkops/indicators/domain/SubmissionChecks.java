package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.DataQuality;
import com.parkops.indicators.ReportedRow;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.shared.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the data-quality rules over one enterprise's month as if it were stored, and keeps each
 * finding in Chinese and English. Must be called outside a transaction: the check runs in its own
 * and rolls it back.
 */
@Component
class SubmissionChecks {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final DataQuality quality;

    SubmissionChecks(DataQuality quality) {
        this.quality = quality;
    }

    /**
     * The findings of the row.
     *
     * @throws com.parkops.shared.InvalidInputException in the reader's language when a figure is invalid
     */
    List<SubmissionFinding> check(UUID zoneId, Basis basis, ReportedRow row) {
        if (row.values().isEmpty()) {
            return List.of();
        }
        // the reader's language first, so a refusal comes in it
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<InputError> first = quality.check(zoneId, basis, List.of(row));
        if (first.isEmpty()) {
            return List.of();
        }
        List<InputError> second =
                in(english ? CHINESE : Locale.ENGLISH, () -> quality.check(zoneId, basis, List.of(row)));
        List<InputError> zh = english ? second : first;
        List<InputError> en = english ? first : second;
        List<SubmissionFinding> findings = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            InputError finding = first.get(i);
            String messageZh = i < zh.size() ? zh.get(i).message() : finding.message();
            String messageEn = i < en.size() ? en.get(i).message() : finding.message();
            findings.add(new SubmissionFinding(finding.field(), messageZh, messageEn));
        }
        return List.copyOf(findings);
    }

    private static <T> T in(Locale locale, java.util.function.Supplier<T> work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
