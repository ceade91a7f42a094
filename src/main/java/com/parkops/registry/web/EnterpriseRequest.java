package com.parkops.registry.web;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.Scale;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * An enterprise as sent to the API, with the same spellings as the import: {@code scale}
 * {@code above}/{@code below} or 规上/规下, {@code emergingCategory} a short or full Chinese name,
 * {@code aboveScaleSince} {@code YYYY-MM}. {@code version} is required to update.
 */
record EnterpriseRequest(
        String creditCode,
        String name,
        String industryCode,
        String chain,
        String emergingCategory,
        String scale,
        String aboveScaleSince,
        LocalDate registeredOn,
        String exemptReason,
        String address,
        String legalRepresentative,
        String contactName,
        String contactPhone,
        String contactEmail,
        List<String> tags,
        Integer version) {

    EnterpriseData toData(MessageSourceAccessor messages) {
        List<InputError> errors = new ArrayList<>();
        EmergingCategory emerging = null;
        if (emergingCategory != null && !emergingCategory.isBlank()) {
            emerging = EmergingCategory.parse(emergingCategory).orElse(null);
            if (emerging == null) {
                errors.add(new InputError(
                        null, "emergingCategory", messages.getMessage("registry.import.emergingCategory", new Object[] {
                            emergingCategory, categories()
                        })));
            }
        }
        Scale parsedScale = Scale.BELOW;
        if (scale != null && !scale.isBlank()) {
            parsedScale = Scale.parse(scale).orElse(null);
            if (parsedScale == null) {
                errors.add(new InputError(
                        null, "scale", messages.getMessage("registry.import.scale", new Object[] {scale})));
            }
        }
        YearMonth since = null;
        if (aboveScaleSince != null && !aboveScaleSince.isBlank()) {
            try {
                since = YearMonth.parse(aboveScaleSince.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InputError(
                        null,
                        "aboveScaleSince",
                        messages.getMessage("registry.import.month", new Object[] {aboveScaleSince})));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.getMessage("registry.error.invalid"), errors);
        }
        return new EnterpriseData(
                creditCode,
                name,
                industryCode,
                chain,
                emerging,
                parsedScale,
                since,
                registeredOn,
                exemptReason,
                address,
                legalRepresentative,
                contactName,
                contactPhone,
                contactEmail,
                tags);
    }

    private static String categories() {
        return Stream.of(EmergingCategory.values())
                .map(EmergingCategory::shortName)
                .collect(Collectors.joining("、"));
    }

    int requiredVersion() {
        return required(version);
    }

    /** The version a client read, which an update must send back. */
    static int required(Integer version) {
        if (version == null) {
            throw new InvalidInputException(
                    "The version you read is required to update", List.of(new InputError(null, "version", "required")));
        }
        return version;
    }
}
