package com.parkops.zone.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password a person chooses: at least 8 characters, with at least one letter and one digit. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@NotNull
@Size(min = 8, max = 128)
@Pattern(regexp = "^(?=.*\\p{L})(?=.*\\p{Nd}).*$")
@ReportAsSingleViolation
@interface Password {

    String message() default "{validation.password}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
