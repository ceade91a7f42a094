package com.parkops.appeals.domain;

import com.parkops.appeals.AppealType;
import com.parkops.appeals.Open311Requests.Submission;
import com.parkops.appeals.Urgency;
import com.parkops.shared.InputError;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Open311 side of a posted request, checked: the location (lat and long together, or an
 * address string, or an address id), the media URL (http or https), the lengths of the submitter's
 * fields, and the service definition's attributes parsed to the appeal's fields.
 */
record Open311Input(
        AppealType type,
        Urgency urgency,
        String title,
        String enterpriseName,
        String creditCode,
        Integer workers,
        BigDecimal owed,
        BigDecimal recovered) {

    private static final int MAX_FIELD = 200;
    private static final int MAX_URL = 1000;

    static Open311Input check(Submission in, AppealMessages messages, List<InputError> errors) {
        location(in, messages, errors);
        length(in.addressString(), "address_string", MAX_FIELD, messages, errors);
        length(in.addressId(), "address_id", MAX_FIELD, messages, errors);
        length(in.email(), "email", MAX_FIELD, messages, errors);
        length(in.deviceId(), "device_id", MAX_FIELD, messages, errors);
        length(in.accountId(), "account_id", MAX_FIELD, messages, errors);
        length(in.firstName(), "first_name", MAX_FIELD, messages, errors);
        length(in.lastName(), "last_name", MAX_FIELD, messages, errors);
        mediaUrl(in.mediaUrl(), messages, errors);
        Map<String, String> attributes = in.attributes();
        AppealType type = null;
        String typeKey = blank(attributes.get("type"));
        if (typeKey == null) {
            errors.add(messages.error("attribute[type]", "appeals.error.required"));
        } else {
            type = option(AppealType.class, typeKey, "attribute[type]", messages, errors);
        }
        String urgencyKey = blank(attributes.get("urgency"));
        Urgency urgency = urgencyKey == null
                ? Urgency.NORMAL
                : option(Urgency.class, urgencyKey, "attribute[urgency]", messages, errors);
        BigDecimal workers =
                number(attributes.get("workers_involved"), "attribute[workers_involved]", messages, errors);
        Integer workerCount = null;
        if (workers != null) {
            try {
                workerCount = workers.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(messages.error("attribute[workers_involved]", "open311.error.wholeNumber"));
            }
        }
        return new Open311Input(
                type,
                urgency,
                blank(attributes.get("title")),
                blank(attributes.get("enterprise_name")),
                blank(attributes.get("credit_code")),
                workerCount,
                number(attributes.get("amount_owed"), "attribute[amount_owed]", messages, errors),
                number(attributes.get("amount_recovered"), "attribute[amount_recovered]", messages, errors));
    }

    /** The stripped text, or null when it is missing or blank. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void location(Submission in, AppealMessages messages, List<InputError> errors) {
        if (in.lat() == null != (in.lon() == null)) {
            errors.add(messages.error(in.lat() == null ? "lat" : "long", "open311.error.latLong"));
        }
        if (in.lat() != null && (in.lat().isNaN() || Math.abs(in.lat()) > 90)) {
            errors.add(messages.error("lat", "open311.error.range", -90, 90));
        }
        if (in.lon() != null && (in.lon().isNaN() || Math.abs(in.lon()) > 180)) {
            errors.add(messages.error("long", "open311.error.range", -180, 180));
        }
        if (in.lat() == null
                && in.lon() == null
                && blank(in.addressString()) == null
                && blank(in.addressId()) == null) {
            errors.add(messages.error("lat", "open311.error.location"));
        }
    }

    private static void mediaUrl(String url, AppealMessages messages, List<InputError> errors) {
        String trimmed = blank(url);
        if (trimmed == null) {
            return;
        }
        boolean ok;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok || trimmed.length() > MAX_URL) {
            errors.add(messages.error("media_url", "open311.error.mediaUrl"));
        }
    }

    private static void length(String value, String field, int max, AppealMessages messages, List<InputError> errors) {
        String trimmed = blank(value);
        if (trimmed != null && trimmed.length() > max) {
            errors.add(messages.error(field, "appeals.error.tooLong", max));
        }
    }

    private static <E extends Enum<E>> E option(
            Class<E> kind, String key, String field, AppealMessages messages, List<InputError> errors) {
        for (E value : kind.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        errors.add(messages.error(field, "open311.error.unknownValue", key));
        return null;
    }

    private static BigDecimal number(String value, String field, AppealMessages messages, List<InputError> errors) {
        String trimmed = blank(value);
        if (trimmed == null) {
            return null;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            errors.add(messages.error(field, "open311.error.number"));
            return null;
        }
    }
}
