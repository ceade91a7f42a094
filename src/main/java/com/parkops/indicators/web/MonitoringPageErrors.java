package com.parkops.indicators.web;

import com.parkops.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An enterprise or indicator that is not there, or not visible, is a plain 404 page. */
@ControllerAdvice(assignableTypes = MonitoringPage.class)
class MonitoringPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "indicators/monitoring/not-found";
    }
}
