package com.parkops.registry.web;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.Scale;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The create and edit form of an enterprise; {@code tags} are separated by commas or spaces. */
record EnterpriseForm(
        @NotBlank(message = "{registry.error.required}") @Size(max = 18, message = "{registry.validation.tooLong}")
        String creditCode,

        @NotBlank(message = "{registry.error.required}") @Size(max = 200, message = "{registry.validation.tooLong}")
        String name,

        @Size(max = 10, message = "{registry.validation.tooLong}")
        String industryCode,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String chain,

        EmergingCategory emergingCategory,
        Scale scale,
        YearMonth aboveScaleSince,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,

        @Size(max = 500, message = "{registry.validation.tooLong}")
        String exemptReason,

        @Size(max = 500, message = "{registry.validation.tooLong}")
        String address,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String legalRepresentative,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactName,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactPhone,

        @Email(message = "{registry.error.email}") @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactEmail,

        @Size(max = 1000, message = "{registry.validation.tooLong}")
        String tags,

        Integer version) {

    static EnterpriseForm empty() {
        return new EnterpriseForm(
                null, null, null, null, null, Scale.BELOW, null, null, null, null, null, null, null, null, null, null);
    }

    static EnterpriseForm of(Enterprise e) {
        return new EnterpriseForm(
                e.creditCode(),
                e.name(),
                e.industryCode(),
                e.chain(),
                e.emergingCategory(),
                e.scale(),
                e.aboveScaleSince(),
                e.registeredOn(),
                e.exemptReason(),
                e.address(),
                e.legalRepresentative(),
                e.contactName(),
                e.contactPhone(),
                e.contactEmail(),
                String.join(", ", e.tags()),
                e.version());
    }

    EnterpriseData toData() {
        List<String> tagList = tags == null
                ? List.of()
                : Arrays.stream(tags.split("[,，、;；\\s]+"))
                        .filter(tag -> !tag.isBlank())
                        .toList();
        return new EnterpriseData(
                creditCode,
                name,
                industryCode,
                chain,
                emergingCategory,
                scale,
                aboveScaleSince,
                registeredOn,
                exemptReason,
                address,
                legalRepresentative,
                contactName,
                contactPhone,
                contactEmail,
                tagList);
    }
}
