package org.frontdoor.sandbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.frontdoor.rules.EvaluationBusy;
import org.frontdoor.rules.EvaluationTimedOut;
import org.frontdoor.rules.ModelDoesNotCompile;
import org.frontdoor.rules.RejectedModel;
import org.frontdoor.rules.Sandbox;
import org.frontdoor.rules.SandboxInputInvalid;
import org.frontdoor.rules.SandboxResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sandbox/evaluate}: try a draft DMN model against one context and see what the engine says.
 * Body {@code {"model": "<DMN XML>", "context": {...}}}. Stores nothing and logs nothing about the context.
 */
@RestController
class SandboxApiController {
    static final String TYPES = "https://frontdoor.example.org/problems/";
    private final Sandbox sandbox;
    private final ObjectReader json;
    private final ObjectMapper out;

    SandboxApiController(Sandbox sandbox, ObjectMapper mapper) {
        this.sandbox = sandbox;
        // results keep their nulls, also inside contexts: "not known" is an answer (the app default drops nulls)
        this.out = mapper.copy().setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
        // numbers exactly as written (FEEL numbers are decimals), one JSON value only
        this.json = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    record FieldError(String field, String message) {
    }

    /** Thrown for a body that is not the request described above. */
    static final class BadSandboxRequest extends RuntimeException {
        final transient List<FieldError> errors;
        final String detail;

        BadSandboxRequest(String detail, List<FieldError> errors) {
            super(detail);
            this.detail = detail;
            this.errors = errors;
        }
    }

    @PostMapping(path = "/api/sandbox/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody(required = false) String body) throws JsonProcessingException {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadSandboxRequest("The request body is not well-formed JSON.", List.of());
        }
        if (root == null || !root.isObject()) {
            throw new BadSandboxRequest("The request body must be a JSON object with a model and a context.", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("model") && !name.equals("context")) {
                errors.add(new FieldError(name, "is not a known field"));
            }
        }
        JsonNode model = root.get("model");
        if (model == null || model.isNull()) {
            errors.add(new FieldError("model", "is required: the DMN XML of one model, as a string"));
        } else if (!model.isTextual() || model.asText().isBlank()) {
            errors.add(new FieldError("model", "must be the DMN XML of one model, as a string"));
        }
        JsonNode context = root.get("context");
        if (context != null && !context.isNull() && !context.isObject()) {
            errors.add(new FieldError("context", "must be an object of input names to values"));
        }
        if (!errors.isEmpty()) {
            throw new BadSandboxRequest("The request cannot be accepted as given.", errors);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (context != null && context.isObject()) {
            context.fields().forEachRemaining(e -> values.put(e.getKey(), plain(e.getValue())));
        }
        SandboxResult result = sandbox.evaluate(model.asText(), values);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.writeValueAsString(result));
    }

    /** A JSON value as maps, lists, strings, BigDecimal/BigInteger numbers, booleans and null. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.forEach(n -> out.add(plain(n)));
            return out;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    @ExceptionHandler(BadSandboxRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadSandboxRequest e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.detail + " Nothing was evaluated.");
        p.setProperty("errors", e.errors);
        return respond(p);
    }

    @ExceptionHandler(SandboxInputInvalid.class)
    ResponseEntity<ProblemDetail> inputInvalid(SandboxInputInvalid e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "A context value does not have the form its input's type needs. Nothing was evaluated.");
        p.setProperty("errors", e.problems().stream().map(i -> new FieldError(i.field(), i.message())).toList());
        return respond(p);
    }

    @ExceptionHandler(RejectedModel.class)
    ResponseEntity<ProblemDetail> rejected(RejectedModel e) {
        boolean imports = e.problems().stream().anyMatch(s -> s.startsWith("imports are not supported"));
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, imports ? "sandbox-imports-not-supported" : "model-rejected",
                imports ? "Imports are not supported" : "Model refused",
                imports ? "imports are not supported in the sandbox; paste one standalone model. Nothing was evaluated."
                        : "The model was refused before it reached the engine. Nothing was evaluated.");
        p.setProperty("errors", e.problems().stream().map(s -> new FieldError("model", s)).toList());
        return respond(p);
    }

    @ExceptionHandler(ModelDoesNotCompile.class)
    ResponseEntity<ProblemDetail> doesNotCompile(ModelDoesNotCompile e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "model-does-not-compile", "Model does not compile",
                "The engine could not compile the model; see its messages. Nothing was evaluated.");
        p.setProperty("messages", e.messages());
        return respond(p);
    }

    @ExceptionHandler(EvaluationTimedOut.class)
    ResponseEntity<ProblemDetail> timedOut(EvaluationTimedOut e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "evaluation-timed-out", "Evaluation took too long",
                e.getMessage() + " Look for a very large range, a long loop or a function that calls itself.");
        p.setProperty("limit", e.limit().toString());
        return respond(p);
    }

    @ExceptionHandler(org.frontdoor.rules.EvaluationOutOfMemory.class)
    ResponseEntity<ProblemDetail> outOfMemory(org.frontdoor.rules.EvaluationOutOfMemory e) {
        return respond(problem(HttpStatus.UNPROCESSABLE_ENTITY, "evaluation-out-of-memory", "Evaluation needed too much memory",
                e.getMessage() + " Look for a very large range or a list that grows without end."));
    }

    @ExceptionHandler(EvaluationBusy.class)
    ResponseEntity<ProblemDetail> busy(EvaluationBusy e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "sandbox-busy", "Sandbox busy", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
