package org.frontdoor.policy;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The policy cycle's refusals as problem+json: our own sentences, each reason naming its field where there is one. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)   // after the pages' own advice (web.PageAdvice), which answers pages with pages
class PolicyProblems {
    private static final String TYPES = "https://frontdoor.example.org/problems/";

    @ExceptionHandler(org.frontdoor.scenarios.GateBusy.class)
    ProblemDetail gateBusy() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The scenario gate is already running for another draft; try again in a minute.");
        p.setType(URI.create(TYPES + "scenario-gate-busy"));
        p.setTitle("Scenario gate busy");
        return p;
    }

    @ExceptionHandler(org.frontdoor.rules.RejectedUpload.class)
    ProblemDetail rejectedUpload(org.frontdoor.rules.RejectedUpload e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload was refused; nothing was stored.");
        p.setType(URI.create(TYPES + "upload-refused"));
        p.setTitle("Upload refused");
        p.setProperty("errors", e.problems().stream().map(m -> new PolicyProblem.Reason("file", m)).toList());
        return p;
    }

    @ExceptionHandler(org.frontdoor.rules.RejectedModel.class)
    ProblemDetail rejectedModel(org.frontdoor.rules.RejectedModel e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The file " + e.fileName() + " was refused as unsafe or not DMN; nothing was stored.");
        p.setType(URI.create(TYPES + "upload-refused"));
        p.setTitle("Upload refused");
        p.setProperty("errors", e.problems().stream().map(m -> new PolicyProblem.Reason("file", e.fileName() + ": " + m)).toList());
        return p;
    }

    @ExceptionHandler(org.frontdoor.rules.EvaluationTimedOut.class)
    ProblemDetail timedOut(org.frontdoor.rules.EvaluationTimedOut e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "Working on this version's tables took longer than "
                + e.limit().toSeconds() + " seconds, so it was stopped waiting for. An expression in the tables may never finish; check "
                + "recent changes (for example a 'for' over a very large range).");
        p.setType(URI.create(TYPES + "draft-timed-out"));
        p.setTitle("Took too long");
        p.setProperty("limit", e.limit().toString());
        return p;
    }

    @ExceptionHandler(org.frontdoor.rules.EvaluationOutOfMemory.class)
    ProblemDetail outOfMemory(org.frontdoor.rules.EvaluationOutOfMemory e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()
                + " An expression in the tables may build a list without end; check recent changes (for example a 'for' over a very large range).");
        p.setType(URI.create(TYPES + "draft-out-of-memory"));
        p.setTitle("Needed too much memory");
        return p;
    }

    @ExceptionHandler(org.frontdoor.rules.EvaluationBusy.class)
    ProblemDetail busy() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Too much draft work is waiting; try again in a minute.");
        p.setType(URI.create(TYPES + "draft-work-busy"));
        p.setTitle("Busy");
        return p;
    }

    @ExceptionHandler(PolicyProblem.class)
    ProblemDetail problem(PolicyProblem e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.detail());
        p.setType(URI.create(TYPES + switch (e.kind()) {
            case INVALID -> "invalid-request";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "rule-set-state-conflict";
        }));
        p.setTitle(switch (e.kind()) {
            case INVALID -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not possible now";
        });
        if (e.kind() == PolicyProblem.Kind.INVALID) {
            p.setProperty("errors", e.reasons());
        } else if (!e.reasons().isEmpty()) {
            p.setProperty("reasons", e.reasons().stream().map(PolicyProblem.Reason::message).toList());
        }
        return p;
    }
}
