package com.parkops.shared.web;

import com.parkops.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sends a browser the application's error page (templates/error/…) instead of problem+json for
 * errors that Spring MVC would otherwise answer as problem details: an unknown page, a record
 * that is not there, a malformed id in the address, a wrong method. API calls ({@code /api/**})
 * and clients that do not ask for HTML keep getting RFC 9457 problem details.
 */
@Component
class HtmlErrorPages implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!wantsPage(request)) {
            return null;
        }
        int status;
        if (exception instanceof ErrorResponse error) {
            status = error.getStatusCode().value();
        } else if (exception instanceof TypeMismatchException) {
            status = HttpStatus.BAD_REQUEST.value();
        } else if (exception instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND.value();
        } else {
            return null;
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // before the problem-details handler, after Boot's error attributes recorder
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}
