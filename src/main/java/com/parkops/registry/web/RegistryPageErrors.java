package com.parkops.registry.web;

import com.parkops.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An enterprise that does not exist, or that the user may not see, is a plain 404 page. */
@ControllerAdvice(assignableTypes = RegistryPage.class)
class RegistryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "registry/not-found";
    }
}
