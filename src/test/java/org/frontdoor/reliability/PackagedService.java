package org.frontdoor.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as its own process on loopback, for the load and durability tools: in a working folder of its
 * own (so its default ./data database is there), with the repository's rules and scenarios, waited for until
 * /health/readiness answers 200. Its output goes to service.log in the working folder.
 */
final class PackagedService {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final String baseUrl;

    private PackagedService(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the jar and waits (at most 120 s) until it is ready.
     *
     * @param env environment to set; a null value removes the variable (e.g. FRONTDOOR_DB_URL, to use the default)
     */
    static PackagedService start(Path jar, Path work, int port, String profiles, Map<String, String> env, String when) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss2m", "-jar",
                jar.toAbsolutePath().toString(), "--spring.profiles.active=" + profiles, "--server.address=127.0.0.1", "--server.port=" + port)
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()));
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.environment().put("FRONTDOOR_RULES_DIR", Path.of("rules").toAbsolutePath().toString());
        pb.environment().put("FRONTDOOR_SCENARIOS_DIR", Path.of("features").toAbsolutePath().toString());
        PackagedService service = new PackagedService(pb.start(), "http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!service.process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting (" + when + "); see " + work.resolve("service.log"));
            }
            Thread.sleep(100);
        }
        service.kill();
        throw new IllegalStateException("the service did not start within 120 s (" + when + "); see " + work.resolve("service.log"));
    }

    String baseUrl() {
        return baseUrl;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, no flush. Returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: a graceful shutdown that closes the database cleanly (SIGKILL after 60 s). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
