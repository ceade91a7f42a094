package com.parkops.registry.web;

import com.parkops.registry.RegistrySettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The zone's registry settings as a form. */
record SettingsForm(
        String leadingChain,
        Boolean countLeasedLand,

        @NotNull(message = "{registry.error.required}")
        @Min(value = 0, message = "{registry.error.alertDays}")
        @Max(value = 3650, message = "{registry.error.alertDays}")
        Integer qualificationAlertDays,

        Integer version) {

    static SettingsForm of(RegistrySettings settings) {
        return new SettingsForm(
                settings.leadingChain(),
                settings.countLeasedLand(),
                settings.qualificationAlertDays(),
                settings.version());
    }

    RegistrySettings toSettings() {
        return new RegistrySettings(
                leadingChain,
                Boolean.TRUE.equals(countLeasedLand),
                qualificationAlertDays,
                version == null ? 0 : version);
    }
}
