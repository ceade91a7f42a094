package com.parkops.zone.web;

import jakarta.validation.constraints.NotBlank;

/** One's own password change: the current password, the new one, and the new one again. */
record PasswordChangeForm(
        @NotBlank(message = "{validation.required}") String currentPassword,
        @Password String newPassword,
        @NotBlank(message = "{validation.required}") String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
