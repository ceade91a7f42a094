package com.parkops.registry.domain;

import com.parkops.registry.Contacts;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.Scale;
import com.parkops.shared.CreditCode;
import com.parkops.shared.InputError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks and tidies enterprise facts the same way for forms, the API, imports and other modules. */
@Component
class EnterpriseValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_SHORT = 100;
    static final int MAX_TAGS = 30;
    static final int MAX_TAG = 50;
    /** GB/T 4754-2017: a section letter A–T, optionally followed by 2, 3 or 4 digits. */
    static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final RegistryMessages messages;

    EnterpriseValidator(RegistryMessages messages) {
        this.messages = messages;
    }

    EnterpriseData normalize(EnterpriseData data) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        data.tags().stream().map(Text::clean).filter(tag -> tag != null).forEach(tags::add);
        String industry = Text.clean(data.industryCode());
        return new EnterpriseData(
                CreditCode.normalize(data.creditCode()),
                Text.clean(data.name()),
                industry == null ? null : industry.toUpperCase(java.util.Locale.ROOT),
                Text.clean(data.chain()),
                data.emergingCategory(),
                data.scale() == null ? Scale.BELOW : data.scale(),
                data.aboveScaleSince(),
                data.registeredOn(),
                Text.clean(data.exemptReason()),
                Text.clean(data.address()),
                Text.clean(data.legalRepresentative()),
                Text.clean(data.contactName()),
                Text.clean(data.contactPhone()),
                Text.clean(data.contactEmail()),
                List.copyOf(tags));
    }

    Contacts normalize(Contacts contacts) {
        return new Contacts(
                Text.clean(contacts.address()),
                Text.clean(contacts.contactName()),
                Text.clean(contacts.contactPhone()),
                Text.clean(contacts.contactEmail()));
    }

    /** Every problem of normalized facts; {@code row} is null outside imports. */
    List<InputError> validate(EnterpriseData data, Integer row) {
        List<InputError> errors = new ArrayList<>();
        CreditCode.problem(data.creditCode())
                .ifPresent(key -> errors.add(messages.error(row, "creditCode", key, data.creditCode())));
        if (data.name() == null) {
            errors.add(messages.error(row, "name", "registry.error.required"));
        }
        length(errors, row, "name", data.name(), MAX_NAME);
        if (data.industryCode() != null
                && !INDUSTRY_CODE.matcher(data.industryCode()).matches()) {
            errors.add(messages.error(row, "industryCode", "registry.error.industryCode", data.industryCode()));
        }
        length(errors, row, "chain", data.chain(), MAX_SHORT);
        length(errors, row, "exemptReason", data.exemptReason(), MAX_TEXT);
        length(errors, row, "legalRepresentative", data.legalRepresentative(), MAX_SHORT);
        errors.addAll(validate(
                new Contacts(data.address(), data.contactName(), data.contactPhone(), data.contactEmail()), row));
        if (data.tags().size() > MAX_TAGS || data.tags().stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            errors.add(messages.error(row, "tags", "registry.error.tags", MAX_TAGS, MAX_TAG));
        }
        return errors;
    }

    List<InputError> validate(Contacts contacts, Integer row) {
        List<InputError> errors = new ArrayList<>();
        length(errors, row, "address", contacts.address(), MAX_TEXT);
        length(errors, row, "contactName", contacts.contactName(), MAX_SHORT);
        length(errors, row, "contactPhone", contacts.contactPhone(), MAX_SHORT);
        length(errors, row, "contactEmail", contacts.contactEmail(), MAX_SHORT);
        if (contacts.contactEmail() != null
                && !EMAIL.matcher(contacts.contactEmail()).matches()) {
            errors.add(messages.error(row, "contactEmail", "registry.error.email"));
        }
        return errors;
    }

    private void length(List<InputError> errors, Integer row, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(messages.error(row, field, "registry.error.tooLong", max));
        }
    }
}
