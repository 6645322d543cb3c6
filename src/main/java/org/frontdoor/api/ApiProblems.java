package org.frontdoor.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.referral.DecisionConflict;
import org.frontdoor.referral.InvalidDecision;
import org.frontdoor.referral.InvalidRequest;
import org.frontdoor.referral.ReferralStateConflict;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.security.ActingUser.ActionForbidden;
import org.frontdoor.rules.DecisionNotReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json with a stable type, naming the offending fields. Exception text and
 * submitted values beyond the offending code are never echoed, and nothing about a person is logged.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPES = "https://frontdoor.example.org/problems/";

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidContact.class)
    ProblemDetail invalidContact(InvalidContact e) {
        return invalid("The contact cannot be assessed as given; nothing was stored.",
                e.problems().stream().map(p -> new FieldError(p.field(), withoutTheValue(p.message()))).toList());
    }

    /**
     * A field's message as the contact checks write it may start with the value given ("'neighbour' is not allowed");
     * the answer names the field and says what is allowed, but repeats no text the client sent.
     */
    static String withoutTheValue(String message) {
        if (message != null && message.startsWith("'")) {
            int end = message.lastIndexOf("' is ");
            if (end > 0) {
                return "the value given" + message.substring(end + 1);
            }
        }
        return message;
    }

    @ExceptionHandler(DecisionNotReached.class)
    ProblemDetail decisionNotReached(DecisionNotReached e) {
        log.warn("Rule set {} reached no decision: {}", e.ruleSetVersion(), e.problems());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Rule set " + e.ruleSetVersion() + " could not reach a recommendation for this contact, so none is given and nothing was stored. "
                        + "Decide without the tool and tell the policy lead.");
        p.setType(URI.create(TYPES + "decision-not-reached"));
        p.setTitle("No recommendation");
        p.setProperty("ruleSetVersion", e.ruleSetVersion());
        return p;
    }

    @ExceptionHandler(ReferralNotFound.class)
    ProblemDetail notFound(ReferralNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no referral with this id.");
        p.setType(URI.create(TYPES + "not-found"));
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(InvalidDecision.class)
    ProblemDetail invalidDecision(InvalidDecision e) {
        ProblemDetail p = invalid("The decision cannot be recorded as given; nothing was stored.",
                e.problems().stream().map(f -> new FieldError(f.field(), f.message())).toList());
        p.setType(URI.create(TYPES + "invalid-decision"));
        p.setTitle("Invalid decision");
        return p;
    }

    @ExceptionHandler(org.frontdoor.referral.IdempotentIntake.IdempotencyKeyReused.class)
    ProblemDetail keyReused() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "This Idempotency-Key was used before with a "
                + "different contact. A retry must send the same contact; a new contact needs a new key. Nothing was stored.");
        p.setType(URI.create(TYPES + "idempotency-key-reused"));
        p.setTitle("Idempotency-Key reused");
        p.setProperty("errors", List.of(new FieldError("Idempotency-Key", "was used before with a different contact")));
        return p;
    }

    @ExceptionHandler(ActionForbidden.class)
    ProblemDetail forbidden(ActionForbidden e) {
        // the reason is our own sentence (role or four-eyes rule), never exception text from below
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage() + " Nothing was stored.");
        p.setType(URI.create(TYPES + "forbidden"));
        p.setTitle("Not allowed");
        return p;
    }

    @ExceptionHandler(DecisionConflict.class)
    ProblemDetail conflict(DecisionConflict e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The decision on this referral is "
                + e.current().status() + ", so this cannot be done now (or someone else has just changed it); nothing was stored.");
        p.setType(URI.create(TYPES + "decision-conflict"));
        p.setTitle("Decision state conflict");
        p.setProperty("currentStatus", e.current().status());
        p.setProperty("version", e.current().version());
        p.setProperty("decision", e.current());
        return p;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest e) {
        ProblemDetail p = invalid("The request cannot be recorded as given; nothing was stored.",
                e.problems().stream().map(f -> new FieldError(f.field(), f.message())).toList());
        p.setType(URI.create(TYPES + "invalid-request"));
        p.setTitle("Invalid request");
        return p;
    }

    @ExceptionHandler(ReferralStateConflict.class)
    ProblemDetail referralStateConflict(ReferralStateConflict e) {
        // the detail is our own sentence, never exception text from below
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.detail());
        p.setType(URI.create(TYPES + "referral-state-conflict"));
        p.setTitle("Not possible now");
        p.setProperty("currentStatus", e.decisionStatus());
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(forRequest(request, invalid("The contact cannot be assessed as given; nothing was stored.", errors)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(org.springframework.web.multipart.support.MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(forRequest(request, invalid("The request has no part named '" + e.getRequestPartName()
                + "'; nothing was stored.", List.of(new FieldError(e.getRequestPartName(), "is required")))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(org.springframework.web.bind.MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(forRequest(request, invalid("The request has no parameter named '" + e.getParameterName()
                + "'; nothing was stored.", List.of(new FieldError(e.getParameterName(), "is required")))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimit.BodyTooLarge) {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the limit; nothing was stored.");
                p.setType(URI.create(TYPES + "body-too-large"));
                p.setTitle("Request too large");
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header("Connection", "close").body(p);
            }
            if (t instanceof StrictUtf8Json.InvalidUtf8 bad) {
                return ResponseEntity.badRequest().body(forRequest(request, invalid("The request body is not valid UTF-8 text; nothing was stored.",
                        List.of(new FieldError(bad.field() == null ? "body" : bad.field(), "is not valid UTF-8 text")))));
            }
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                return ResponseEntity.badRequest().body(forRequest(request, invalid("The request body is nested too deeply, or has a "
                        + "number or text too long to be real; nothing was stored.", List.of())));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        String detail;
        if (cause instanceof UnrecognizedPropertyException u) {
            errors.add(new FieldError(path(u), "is not a known field"));
            detail = "The request has a field the service does not know; nothing was stored.";
        } else if (cause instanceof JsonMappingException m && m.getCause() instanceof StreamReadException) {
            // broken syntax inside a list or object arrives wrapped, with the path to where it broke
            if (!m.getPath().isEmpty()) {
                errors.add(new FieldError(path(m), "is not well-formed JSON"));
            }
            detail = "The request body is not well-formed JSON; nothing was stored.";
        } else if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            errors.add(new FieldError(path(m), "has the wrong type of value"));
            detail = "A field has the wrong type of value; nothing was stored.";
        } else if (cause instanceof JsonProcessingException) {
            detail = "The request body is not well-formed JSON; nothing was stored.";
        } else {
            detail = "The request body is missing or unreadable; nothing was stored.";
        }
        return ResponseEntity.badRequest().body(forRequest(request, invalid(detail, errors)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    /** Bodies other than a contact (a decision, a follow-up) are refused as an invalid request, not an invalid contact. */
    private static ProblemDetail forRequest(WebRequest request, ProblemDetail problem) {
        String path = request instanceof org.springframework.web.context.request.ServletWebRequest s ? s.getRequest().getRequestURI() : "";
        if (!path.equals("/api/assessments") && !path.equals("/api/referrals")) {
            problem.setType(URI.create(TYPES + "invalid-request"));
            problem.setTitle("Invalid request");
            problem.setDetail(problem.getDetail().replace("The contact cannot be assessed as given", "The request cannot be accepted as given"));
        }
        return problem;
    }

    private static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(URI.create(TYPES + "invalid-contact"));
        p.setTitle("Invalid contact");
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error handling a request", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; nothing was stored.");
        p.setType(URI.create(TYPES + "internal-error"));
        p.setTitle("Internal error");
        return p;
    }

}
