package org.frontdoor.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's answers when sign-in is missing or wrong (401) or the role does not allow it (403): problem+json. */
final class AuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final String TYPES = "https://frontdoor.example.org/problems/";

    private final ObjectMapper json;
    private final String challenge;

    AuthProblems(ObjectMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String detail;
        if (e instanceof LockedException) {
            detail = "This account is locked for a while after repeated failed sign-ins. Try again later, or ask the service desk.";
        } else if (e instanceof InvalidBearerTokenException) {
            detail = "The bearer token is not valid (expired, not signed by the council's sign-in service, or for someone else).";
        } else {
            detail = "Sign in to use this: send your username and password (HTTP Basic) or your council sign-in token.";
        }
        response.setHeader("WWW-Authenticate", challenge);
        write(response, HttpStatus.UNAUTHORIZED, "sign-in-needed", "Sign-in needed", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        String roles = SignedIn.current().map(ActingUser::roleWords).filter(r -> !r.isEmpty()).orElse("no role");
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your roles (" + roles + ") do not allow this. Nothing was stored.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), p);
    }
}
