package com.parkops.zone.web;

import com.parkops.zone.Role;
import com.parkops.zone.Users.UserView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An administrator's edit of a user. {@code version} is the one the form was opened with; a blank
 * credit code keeps the enterprise the user is already bound to.
 */
record EditUserForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String displayName,

        @NotNull(message = "{validation.required}") Role role,
        UUID departmentId,
        String enterpriseCode,

        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
        String email,

        @Size(max = 50, message = "{validation.tooLong}") String phone,
        boolean enabled,
        Integer version) {

    static EditUserForm of(UserView user, String enterpriseCode) {
        return new EditUserForm(
                user.displayName(),
                user.role(),
                user.departmentId(),
                enterpriseCode,
                user.email(),
                user.phone(),
                user.enabled(),
                user.version());
    }
}
