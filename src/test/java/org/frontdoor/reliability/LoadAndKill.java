package org.frontdoor.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The durability check (docs/reliability.md, run by scripts/load-and-kill.sh): starts the packaged service on its own
 * file H2 database, sends {@value #DEFAULT_REFERRALS} referrals from {@value #DEFAULT_CLIENTS} concurrent clients, each
 * with its own Idempotency-Key, retrying (same key, same contact) until acknowledged; when half are acknowledged it
 * kills the service with SIGKILL and starts it again on the same database; afterwards it checks every acknowledged
 * referral is there exactly once and intact. Exits 1 if anything was lost, duplicated or changed.
 *
 * <p>Arguments: the service jar, then optionally the number of referrals and of clients.
 */
public final class LoadAndKill {
    static final int DEFAULT_REFERRALS = 10_000;
    static final int DEFAULT_CLIENTS = 32;
    /** The load phase gives up after this long (a service that never comes back): the check then fails. */
    private static final int MAX_MINUTES = 10;
    private static final String USER = "pat.practitioner";
    private static final String PASSWORD = "front-door-demo";
    private static final String[] CONCERNS = {"L2-CD-01", "L2-CD-02", "L1-CD-01", "L3-PC-01", "L2-FE-01"};
    private static final String[] REFERRERS = {"school", "health", "police", "family", "public"};

    private final Path jar;
    private final Path work;
    private final String db;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private volatile PackagedService service;
    /** Null: the service's default database settings. Else another H2 URL for the same file (to compare settings). */
    private final String serviceDbUrl = System.getenv("FRONTDOOR_DB_URL");

    private LoadAndKill(Path jar) throws IOException {
        this.jar = jar;
        this.work = Files.createTempDirectory("load-and-kill");
        // the service runs in the work folder with its default database settings (./data/frontdoor): what is checked is
        // what ships; this URL only reads the file afterwards
        this.db = "jdbc:h2:file:" + work.resolve("data/frontdoor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        if (serviceDbUrl != null && !serviceDbUrl.startsWith("jdbc:h2:file:./data/frontdoor;")) {
            throw new IllegalArgumentException("FRONTDOOR_DB_URL must be an H2 URL for jdbc:h2:file:./data/frontdoor; (the check reads that file)");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        int referrals = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_REFERRALS;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CLIENTS;
        LoadAndKill check = new LoadAndKill(Path.of(args[0]));
        boolean ok = false;
        try {
            ok = check.run(referrals, clients);
        } catch (Exception e) {
            System.out.println("FAIL: the check itself failed: " + e);
            e.printStackTrace(System.out);
        } finally {
            check.killService();   // never leave a service behind, whatever happened
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int referrals, int clients) throws Exception {
        System.out.printf(Locale.ROOT, "Load and kill: %d referrals, %d clients, service on 127.0.0.1:%d, database in %s%n", referrals, clients, port, work);
        System.out.println("database URL: " + (serviceDbUrl == null ? "the service's default (application.yml)" : serviceDbUrl));
        long started = System.nanoTime();
        start("first");
        long firstUp = System.nanoTime();
        System.out.printf(Locale.ROOT, "service up in %.1f s%n", (firstUp - started) / 1e9);

        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicLong attempts = new AtomicLong();
        AtomicLong failedAttempts = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger hitByTheKill = new AtomicInteger();   // referrals with at least one failed attempt
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(MAX_MINUTES);
        long[] killAt = new long[1];
        long[] backAt = new long[1];
        int[] ackedAtKill = new int[1];
        long load = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < referrals; i = next.getAndIncrement()) {
                    String key = "load-" + run + "-" + i;
                    String body = contact(i);
                    long backoff = 50;
                    boolean failedOnce = false;
                    while (true) {
                        if (System.nanoTime() > giveUpAt) {
                            throw new IllegalStateException("referral " + i + " not acknowledged within " + MAX_MINUTES + " minutes");
                        }
                        attempts.incrementAndGet();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/referrals"))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Authorization", auth)
                                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                if (r.statusCode() == 200) {
                                    replayed.incrementAndGet();
                                }
                                acknowledged.put(i, json.readTree(r.body()).path("id").asText());
                                break;
                            }
                            if (r.statusCode() < 500) {
                                throw new IllegalStateException("referral " + i + " refused: " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            // connection refused or reset: the service is down or restarting; retry the same request
                        }
                        failedAttempts.incrementAndGet();
                        if (!failedOnce) {
                            failedOnce = true;
                            hitByTheKill.incrementAndGet();
                        }
                        Thread.sleep(backoff);
                        backoff = Math.min(backoff * 2, 1_000);
                    }
                    if (acknowledged.size() >= referrals / 2 && killed.compareAndSet(false, true)) {
                        ackedAtKill[0] = acknowledged.size();
                        killAt[0] = System.nanoTime();
                        service.kill();   // SIGKILL: no shutdown hook, no graceful shutdown
                        System.out.printf(Locale.ROOT, "killed the service with SIGKILL after %d acknowledged referrals%n", ackedAtKill[0]);
                        start("after the kill");
                        backAt[0] = System.nanoTime();
                        System.out.printf(Locale.ROOT, "service back after %.1f s%n", (backAt[0] - killAt[0]) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(Math.max(1, giveUpAt - System.nanoTime() + TimeUnit.SECONDS.toNanos(60)), TimeUnit.NANOSECONDS);
        }
        pool.shutdownNow();
        long loadEnd = System.nanoTime();

        // every acknowledged referral, read back through the API, is the contact that was sent
        int changed = 0;
        int missing = 0;
        for (Map.Entry<Integer, String> e : acknowledged.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/referrals/" + e.getValue()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                missing++;
                continue;
            }
            JsonNode stored = json.readTree(r.body()).path("contact");
            JsonNode sent = json.readTree(contact(e.getKey()));
            if (!stored.path("children").equals(sent.path("children")) || !stored.path("concerns").equals(sent.path("concerns"))
                    || !stored.path("referrer").equals(sent.path("referrer")) || !stored.path("consent").equals(sent.path("consent"))) {
                changed++;
            }
        }
        stop();

        // and the database holds each exactly once
        long rows;
        long distinctMarkers;
        long duplicated;
        try (Connection c = DriverManager.getConnection(db, "sa", ""); Statement s = c.createStatement()) {
            rows = single(s, "SELECT COUNT(*) FROM referral");
            distinctMarkers = single(s, "SELECT COUNT(DISTINCT child_ref) FROM referral_child WHERE child_ref LIKE 'load-%'");
            duplicated = single(s, "SELECT COUNT(*) FROM (SELECT child_ref FROM referral_child WHERE child_ref LIKE 'load-%' "
                    + "GROUP BY child_ref HAVING COUNT(*) > 1) d");
        }
        double beforeKill = ackedAtKill[0] / ((killAt[0] - load) / 1e9);
        double afterKill = (referrals - ackedAtKill[0]) / ((loadEnd - backAt[0]) / 1e9);
        boolean ok = acknowledged.size() == referrals && missing == 0 && changed == 0 && duplicated == 0 && rows == referrals
                && distinctMarkers == referrals;
        System.out.printf(Locale.ROOT, """
                ---
                referrals sent:              %d (%d clients, Idempotency-Key on each)
                acknowledged:                %d
                attempts:                    %d (%d failed and retried, %d answered as replays of an earlier attempt)
                hit by the kill:             %d referrals had at least one failed attempt
                killed after:                %d acknowledged; back in %.1f s
                throughput:                  %.0f referrals/s before the kill, %.0f after (whole run %.1f s)
                lost (acknowledged, absent): %d
                changed (stored != sent):    %d
                duplicated:                  %d
                rows in referral:            %d (distinct markers %d)
                result:                      %s
                """, referrals, clients, acknowledged.size(), attempts.get(), failedAttempts.get(), replayed.get(), hitByTheKill.get(), ackedAtKill[0],
                (backAt[0] - killAt[0]) / 1e9, beforeKill, afterKill, (loadEnd - load) / 1e9, missing, changed, duplicated, rows,
                distinctMarkers, ok ? "PASS: every acknowledged referral present exactly once and intact" : "FAIL");
        return ok;
    }

    private String contact(int i) {
        return """
                {"referrer": {"type": "%s"}, "children": [{"ref": "load-%06d", "ageYears": %d}], "concerns": ["%s"],
                 "consent": {"status": "given"}}""".formatted(REFERRERS[i % REFERRERS.length], i, i % 18, CONCERNS[i % CONCERNS.length]);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void start(String when) throws Exception {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("FRONTDOOR_DB_URL", serviceDbUrl);   // null: the service's default
        service = PackagedService.start(jar, work, port, "demo", env, when);
    }

    private void killService() {
        PackagedService p = service;
        if (p != null && p.isAlive()) {
            try {
                p.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stop() throws InterruptedException {
        service.stop();
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
