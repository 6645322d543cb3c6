package org.frontdoor.scenarios;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.Workers;

/**
 * The scenario-gate worker: a JVM of its own, started by {@link ScenarioGateWorker} for one gate run and ended after
 * it. It runs {@link ScenarioGate} here, so the draft's models are compiled and evaluated in this process (its
 * private service instance, on an in-memory database) and never in the service. It is started like the
 * untrusted-model worker (an empty environment, so no database address or password; a fresh working and temporary
 * folder; a heap limit that ends it on the first OutOfMemoryError; killed at the time limit), and locks itself down
 * before it reads the draft: it may write only inside its temporary folder and use only the loopback address
 * ({@link Workers#lockDownLoopbackOnly}). Nothing is logged.
 *
 * <p>Protocol (the untrusted-model worker's frames): it sends {@code {"ready":true}}, reads one {@link Request},
 * answers one {@link Response} and ends.
 */
public final class GateWorkerMain {
    /** The draft's files, the features to run (empty for all) and the folder the features are read from. */
    public record Request(List<ModelFile> files, List<String> features, String directory) {
    }

    /**
     * Exactly one of: {@code ready}, {@code run} (the gate's outcome), {@code notCompiled} (the draft does not compile:
     * the rule set's problems), {@code refused} (a feature path or file name the gate will not use) or
     * {@code internal} (what stopped the run, by kind only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(Boolean ready, ScenarioGate.GateRun run, List<String> notCompiled, String refused, String internal) {
    }

    /** Program arguments {@code warm <features folder>}: run the packaged rules' gate once before saying ready. */
    public static final String WARM = "warm";
    /** What a spare runs to warm up (a council's own features folder may lack it: the warm-up is then skipped). */
    static final String WARM_FEATURE = "features/decision/levels.feature";

    private GateWorkerMain() {
    }

    /**
     * A spare worker runs one feature's scenarios against the packaged (trusted) rules before it says it is ready, so the
     * draft's run that comes later finds the engine, Spring, Tomcat and the glue loaded and compiled.
     */
    private static void warmUp(String directory) {
        try {
            List<ModelFile> shipped = new java.util.ArrayList<>();
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:rules/*.dmn")) {
                try (java.io.InputStream in = r.getInputStream()) {
                    shipped.add(new ModelFile(r.getFilename(), in.readAllBytes()));
                }
            }
            // one feature is enough to load and compile the engine, Spring, Tomcat and the glue, at a small cost
            new ScenarioGate(directory, true).run(shipped, List.of(WARM_FEATURE));
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real run reports its own problems
        }
    }

    static ObjectMapper json() {
        return JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(System.err);   // nothing but frames on stdout; the service discards stderr
        ObjectMapper json = json();
        if (args.length == 2 && WARM.equals(args[0])) {
            warmUp(args[1]);
        }
        Workers.lockDownLoopbackOnly(Path.of(System.getProperty("java.io.tmpdir")));
        Workers.write(out, json.writeValueAsBytes(new Response(true, null, null, null, null)));
        int length = in.readInt();
        if (length < 0 || length > Workers.MAX_FRAME) {
            System.exit(2);
        }
        Response response;
        try {
            Request request = json.readValue(in.readNBytes(length), Request.class);
            // the service's own logging is not here: the instance leaves this JVM's (silent) logging alone
            ScenarioGate gate = new ScenarioGate(request.directory(), true);
            response = new Response(null, gate.run(request.files(), request.features() == null ? List.of() : request.features()),
                    null, null, null);
        } catch (DecisionNotReached e) {
            response = new Response(null, null, e.problems(), null, null);
        } catch (IllegalArgumentException e) {
            response = new Response(null, null, null, e.getMessage(), null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            response = new Response(null, null, null, null, e.getClass().getSimpleName());
        }
        Workers.write(out, json.writeValueAsBytes(response));
        System.exit(0);   // the instance is closed; nothing else is waited for
    }
}
