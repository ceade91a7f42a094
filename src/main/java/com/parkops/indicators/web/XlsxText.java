package com.parkops.indicators.web;

import com.parkops.indicators.GrowthStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Exported workbooks are read in Chinese whatever the page language: headers, statuses, groups. */
@Component
class XlsxText {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    XlsxText(MessageSource messages) {
        this.messages = messages;
    }

    /** The headers named by keys under {@code monitoring.xlsx.}. */
    List<String> headers(String... keys) {
        return Arrays.stream(keys).map(key -> text("monitoring.xlsx." + key)).toList();
    }

    String status(GrowthStatus status) {
        return text("monitoring.status." + status.name());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, CHINESE);
    }
}
