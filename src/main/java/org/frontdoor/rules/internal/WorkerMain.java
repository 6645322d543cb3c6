package org.frontdoor.rules.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.rules.Finding;
import org.frontdoor.rules.ModelDoesNotCompile;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.SandboxInputInvalid;
import org.frontdoor.rules.SandboxResult;
import org.frontdoor.rules.ValidationReport;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * The untrusted-model worker: a separate, small-heap JVM that compiles and evaluates models nobody has vetted (the
 * sandbox's, a draft's in validation) so that a runaway, an allocation bomb or anything the screens missed happens
 * here and not in the service. The service starts it with an empty environment (no database address or password),
 * a fresh empty working folder and a heap limit that ends it on the first OutOfMemoryError; it kills it at the time
 * limit. Here every runtime finds no Java class ({@link NoJavaClasses}), and where the JDK still offers one (Java 17
 * to 23) a security manager refuses writing files, opening sockets and starting processes.
 *
 * <p>Protocol on stdin/stdout: frames of a 4-byte length and UTF-8 JSON. The worker first sends {@code {"ready":true}}
 * when its engine and validator are built; then for each request {@link Request} one {@link Response}. End of input
 * ends the worker, so a worker never outlives its service.
 */
public final class WorkerMain {
    /** Program argument: validate the packaged rule set before saying ready (for pools that validate drafts). */
    public static final String WARM_VALIDATION = "warm-validation";
    /** Largest frame either side accepts. */
    public static final int MAX_FRAME = 64 * 1024 * 1024;

    /** op "sandbox": one model and a context; op "validate": a rule set's files. */
    public record Request(String op, List<ModelFile> files, Map<String, Object> context, SandboxResult.Model summary) {
    }

    /**
     * Exactly one of: {@code ready}, {@code sandbox} (a result), {@code validation} (a report), or an error:
     * {@code compile} (the engine's messages), {@code input} (context values that do not fit), {@code internal}.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Response(Boolean ready, SandboxResult sandbox, ValidationReport validation, List<SandboxResult.Message> compile,
                           List<org.frontdoor.rules.InputProblem> input, String internal) {
        static Response ok(SandboxResult r) {
            return new Response(null, r, null, null, null, null);
        }

        static Response ok(ValidationReport r) {
            return new Response(null, null, r, null, null, null);
        }

        static Response failed(String what) {
            return new Response(null, null, null, null, null, what);
        }
    }

    private WorkerMain() {
    }

    public static ObjectMapper json() {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(System.err);   // nothing but frames on stdout; the service discards stderr
        ObjectMapper json = json();
        CompletableFuture<DMNValidator> validator = CompletableFuture.supplyAsync(DMNValidatorFactory::newValidator);
        RuleSetChecks checks = new RuleSetChecks(validator::join);
        warmUp();
        validator.join();
        if (java.util.Arrays.asList(args).contains(WARM_VALIDATION)) {
            warmValidation(checks);
        }
        WorkerLockdown.apply();
        write(out, json.writeValueAsBytes(new Response(true, null, null, null, null, null)));
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException serviceGone) {
                return;
            }
            if (length < 0 || length > MAX_FRAME) {
                return;
            }
            byte[] request = in.readNBytes(length);
            Response response;
            try {
                response = handle(json.readValue(request, Request.class), checks);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                response = Response.failed(e.getClass().getSimpleName());
            }
            write(out, json.writeValueAsBytes(response));
        }
    }

    static Response handle(Request request, RuleSetChecks checks) {
        if ("sandbox".equals(request.op()) && request.files() != null && request.files().size() == 1) {
            try {
                SandboxModel model = SandboxModel.compile(request.files().get(0));
                Map<String, Object> inputs = model.inputs(request.context() == null ? Map.of() : request.context());
                return Response.ok(model.evaluate(request.summary(), inputs));
            } catch (ModelDoesNotCompile e) {
                return new Response(null, null, null, e.messages(), null, null);
            } catch (SandboxInputInvalid e) {
                return new Response(null, null, null, null, e.problems(), null);
            }
        }
        if ("validate".equals(request.op()) && request.files() != null) {
            return Response.ok(report(checks, request.files()));
        }
        return Response.failed("unknown request");
    }

    /** The validation report of a rule set: every check of {@link RuleSetChecks}, timed. */
    public static ValidationReport report(RuleSetChecks checks, List<ModelFile> models) {
        long t0 = System.nanoTime();
        List<Finding> findings;
        try {
            findings = checks.check(models);
        } catch (RuntimeException e) {
            findings = List.of(new Finding(Finding.ERROR, "model", null, null, List.of(),
                    "The rule set could not be checked: the checker stopped with an internal error.", String.valueOf(e)));
        }
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        return new ValidationReport(errors.isEmpty(), errors, warnings, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void warmUp() {
        String xml = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" id=\"w\" name=\"w\" namespace=\"urn:w\">"
                + "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><literalExpression><text>1 + 1</text></literalExpression></decision></definitions>";
        try {
            SandboxModel m = SandboxModel.compile(new ModelFile("warm-up.dmn", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            m.evaluate(new SandboxResult.Model("w", "urn:w", "1.5"), m.inputs(Map.of()));
        } catch (RuntimeException ignored) {
            // only a warm-up
        }
    }

    /**
     * Validates the packaged rule set once before saying it is ready, so a fresh worker's first real validation (a
     * replacement for one killed at its limit, say) runs on a warm engine instead of taking several times as long.
     */
    private static void warmValidation(RuleSetChecks checks) {
        try {
            List<ModelFile> shipped = new java.util.ArrayList<>();
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:rules/*.dmn")) {
                try (java.io.InputStream in = r.getInputStream()) {
                    shipped.add(new ModelFile(r.getFilename(), in.readAllBytes()));
                }
            }
            if (!shipped.isEmpty()) {
                report(checks, shipped);
            }
        } catch (IOException | RuntimeException ignored) {
            // only a warm-up
        }
    }

    /** Writes one frame: its length, then its bytes. */
    public static void write(DataOutputStream out, byte[] frame) throws IOException {
        out.writeInt(frame.length);
        out.write(frame);
        out.flush();
    }
}
