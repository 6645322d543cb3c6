package org.frontdoor.api;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses before any controller sees it (an encoded semicolon, slash or
 * percent in the address, {@code ..}, a header with control characters), e.g. {@code /api/referrals/'%3B DROP TABLE
 * referral%3B--}. Without this it got Spring Boot's own error JSON, which repeated the address. Now: 400
 * problem+json that says what kind of thing was refused but repeats nothing of the request, and nothing is logged
 * beyond the fact (the address may carry personal data).
 */
@Component
class RejectedRequests implements RequestRejectedHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RejectedRequests.class);
    private final byte[] body;

    RejectedRequests(ObjectMapper json) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request's address or headers contain characters or sequences that are not allowed; nothing was done.");
        p.setType(URI.create(ApiProblems.TYPES + "rejected-request"));
        p.setTitle("Request not allowed");
        this.body = json.writeValueAsBytes(p);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        log.info("A request was refused by the firewall ({} {})", request.getMethod(), e.getClass().getSimpleName());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
