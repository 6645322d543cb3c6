package org.frontdoor.api;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Problem details repeat nothing of the request. Spring fills {@code instance} with the request's path (which can
 * carry a referral id, a version or anything a client typed), and its own problems (an unconvertible parameter, an
 * unsupported media type or method, no such resource) say the offending value in {@code detail}. Here, just before
 * any problem is written: {@code instance} is dropped, and a problem of the framework's own (type {@code about:blank})
 * gets a plain sentence for its status instead of its detail. The service's own problems name fields, never values.
 */
@RestControllerAdvice
class ProblemsEchoNothing implements ResponseBodyAdvice<Object> {
    private static final URI BLANK = URI.create("about:blank");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            scrub(problem);
        }
        return body;
    }

    static void scrub(ProblemDetail problem) {
        problem.setInstance(null);
        if (BLANK.equals(problem.getType())) {
            problem.setType(URI.create(ApiProblems.TYPES + "http-" + problem.getStatus()));
            problem.setDetail(sentence(problem.getStatus()));
        }
    }

    private static String sentence(int status) {
        return switch (status) {
            case 400 -> "The request has a value the service cannot read or a part missing; nothing was done.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "The service cannot answer in the format asked for (it answers JSON).";
            case 413 -> "The request is larger than the limit; nothing was stored.";
            case 415 -> "The request body is not in a format this address takes (send JSON).";
            default -> status >= 500 ? "Something went wrong; nothing was stored." : "The request was refused; nothing was done.";
        };
    }
}
