package com.parkops.projects.domain;

import com.parkops.shared.InputError;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The texts and deadline of order steps, checked: a required text at most 2000 characters, a deadline not in the past. */
@Component
class OrderInputs {

    private final Texts texts;

    OrderInputs(Texts texts) {
        this.texts = texts;
    }

    String required(String value, String field) {
        String text = optional(value);
        if (text == null) {
            texts.refuse(List.of(texts.error(null, field, "projects.error.required")));
        }
        return text;
    }

    String optional(String value) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > 2000) {
            texts.refuse(List.<InputError>of(texts.error(null, "text", "projects.error.tooLong", 2000)));
        }
        return text;
    }

    LocalDate deadline(LocalDate deadline, LocalDate today) {
        if (deadline.isBefore(today)) {
            texts.refuse(List.of(texts.error(null, "deadline", "projects.error.pastDeadline")));
        }
        return deadline;
    }
}
