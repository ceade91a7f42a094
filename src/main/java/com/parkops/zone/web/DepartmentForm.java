package com.parkops.zone.web;

import com.parkops.zone.Users.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A department's name and short name; {@code version} is the one a rename was opened with (unused on create). */
record DepartmentForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String name,

        @Size(max = 30, message = "{validation.tooLong}") String shortName,
        Integer version) {

    static DepartmentForm empty() {
        return new DepartmentForm("", "", null);
    }

    static DepartmentForm of(Department department) {
        return new DepartmentForm(department.name(), department.shortName(), department.version());
    }

    String trimmedShortName() {
        return shortName == null || shortName.isBlank() ? null : shortName.strip();
    }
}
