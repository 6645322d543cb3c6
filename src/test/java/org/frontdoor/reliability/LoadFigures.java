package org.frontdoor.reliability;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;

/**
 * Load figures for docs/benchmarks.md (run by scripts/load-figures.sh): POST /api/referrals at a fixed rate, open loop
 * (each request is sent at its planned moment whether or not earlier ones have answered, and its latency counts from
 * that moment, so a stall shows in the figures instead of slowing the client), on loopback against the packaged jar:
 * on H2, on PostgreSQL 17 with one instance, and with two instances on one database (requests alternate).
 *
 * <p>Arguments: the jar, then optionally the rate per second (300), the seconds measured (30) and of warm-up (15), and
 * which runs (h2,pg1,pg2).
 */
public final class LoadFigures {
    private static final String CONTACT = """
            {"referrer": {"type": "%s"}, "children": [{"ref": "child-%d", "ageYears": %d}], "concerns": ["%s"], "consent": {"status": "given"}}""";
    private static final String[] CONCERNS = {"L2-CD-01", "L2-CD-02", "L1-CD-01", "L3-PC-01", "L2-FE-01", "L4-CD-01"};
    private static final String[] REFERRERS = {"school", "health", "police", "family"};
    private final Path jar;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("pat.practitioner:front-door-demo".getBytes(StandardCharsets.UTF_8));
    private final List<PackagedService> started = new ArrayList<>();

    private LoadFigures(Path jar) {
        this.jar = jar.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        List<String> modes = List.of((args.length > 4 ? args[4] : "h2,pg1,pg2").split(","));
        LoadFigures figures = new LoadFigures(Path.of(args[0]));
        try {
            List<String> lines = new ArrayList<>();
            if (modes.contains("h2")) {
                lines.add(figures.h2(rate, seconds, warmUp));
            }
            if (modes.contains("pg1")) {
                lines.add(figures.postgres(1, rate, seconds, warmUp));
            }
            if (modes.contains("pg2")) {
                lines.add(figures.postgres(2, rate, seconds, warmUp));
            }
            System.out.printf(Locale.ROOT, "%n| Database | Instances | Rate asked | Achieved | p50 | p90 | p99 | max | Errors |%n|---|---|---|---|---|---|---|---|---|%n");
            lines.forEach(System.out::println);
        } finally {
            figures.stopAll();
        }
        System.exit(0);
    }

    private String h2(int rate, int seconds, int warmUp) throws Exception {
        Path work = Files.createTempDirectory("load-figures-h2");
        String base = start(work, Map.of(), "demo");
        String line = run("H2 (file, WRITE_DELAY=0)", List.of(base), rate, seconds, warmUp);
        stopAll();
        return line;
    }

    private String postgres(int instances, int rate, int seconds, int warmUp) throws Exception {
        Map<String, String> db = EmbeddedPostgresDatabase.serviceProperties("load_" + instances);
        Map<String, String> env = Map.of("FRONTDOOR_DB_URL", db.get("spring.datasource.url"), "FRONTDOOR_DB_USER", "postgres",
                "FRONTDOOR_DB_PASSWORD", "postgres");
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            bases.add(start(Files.createTempDirectory("load-figures-pg"), env, "demo,postgres"));
        }
        String line = run("PostgreSQL " + EmbeddedPostgresDatabase.version(), bases, rate, seconds, warmUp);
        stopAll();
        return line;
    }

    private String run(String database, List<String> bases, int rate, int seconds, int warmUp) throws Exception {
        System.out.printf(Locale.ROOT, "%s, %d instance(s): %d s warm-up, then %d s at %d requests/s%n", database, bases.size(), warmUp, seconds, rate);
        shoot(bases, rate, warmUp);   // warm-up: JIT, connection pools, caches; not counted
        Result r = shoot(bases, rate, seconds);
        return String.format(Locale.ROOT, "| %s | %d | %d/s | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d |", database, bases.size(), rate,
                r.achieved(), r.percentile(50), r.percentile(90), r.percentile(99), r.percentile(100), r.errors());
    }

    private record Result(double[] latenciesMs, int errors, double achieved) {
        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, i))];
        }
    }

    private Result shoot(List<String> bases, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(i % bases.size()) + "/api/referrals")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", auth).header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(CONTACT.formatted(REFERRERS[n % REFERRERS.length], n, n % 18, CONCERNS[n % CONCERNS.length])))
                    .build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                double ms = (System.nanoTime() - planned) / 1e6;
                if (failure != null || response.statusCode() != 201) {
                    errors.incrementAndGet();
                } else {
                    latencies.add(ms);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Result(sorted, errors.get(), sorted.length / elapsed);
    }

    private String start(Path work, Map<String, String> env, String profiles) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PackagedService service = PackagedService.start(jar, work, port, profiles, env, profiles);
        started.add(service);
        return service.baseUrl();
    }

    private void stopAll() throws InterruptedException {
        for (PackagedService service : started) {
            service.stop();
        }
        started.clear();
    }
}
