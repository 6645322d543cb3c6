package org.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A page address nothing answers (a mistyped link, an old bookmark) gets the "Page not found" page, public or signed
 * in. Security lets such GETs through to here (see {@code SecurityConfig}: only addresses no endpoint rule names, and
 * never under {@code /api/}, which stays refused), and no handler answers them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {
    private final PageAdvice pages;

    UnknownAddresses(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Model model, HttpSession session, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        pages.everyPage(model, session);
        model.addAttribute("notFound", "address");
        return "not-found";
    }
}
