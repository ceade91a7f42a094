package com.parkops.evaluation.web;

import com.parkops.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A run or result that does not exist, or that the user may not see (another enterprise's, a
 * draft for an enterprise user), is a plain 404 page on the evaluation's result pages.
 */
@ControllerAdvice(
        assignableTypes = {
            RunListController.class,
            RunResultsController.class,
            RunExportController.class,
            ResultPageController.class,
            MyEvaluationController.class
        })
class ResultPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "evaluation/result-not-found";
    }
}
