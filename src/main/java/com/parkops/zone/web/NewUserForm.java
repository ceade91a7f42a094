package com.parkops.zone.web;

import com.parkops.zone.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An administrator's form for a new user; the enterprise is named by its credit code. */
record NewUserForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._@-]{3,50}$", message = "{user.username.pattern}")
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String displayName,

        @NotNull(message = "{validation.required}") Role role,
        UUID departmentId,
        String enterpriseCode,

        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
        String email,

        @Size(max = 50, message = "{validation.tooLong}") String phone,
        @Password String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.STAFF, null, "", "", "", "");
    }
}
