package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.retention.RetentionPurge;
import org.frontdoor.security.ActingUser.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The findings of the adversarial test of issue 12 (items 3 and 4), each as a test that failed on the code it was
 * found in: the lockout counted atomically under a burst, ratification by someone other than the decider, a
 * client's {@code receivedAt} kept to a real past window (and the purge going by when the service recorded a
 * referral), CSV formulas neutralised, drafts' change notices kept from the public, gate feature paths kept inside
 * {@code features/}, overlong UTF-8 refused, forwarded headers only from the configured proxy, problem details that
 * echo nothing, {@code /info} without runtime versions, and slow connections closed.
 *
 * <p>It shares {@link SignInHardeningTest}'s application context (the same properties, so no new context is started).
 * There the trusted proxy is 127.0.0.2: every ordinary test client, on 127.0.0.1, is an untrusted one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.security.max-failed-sign-ins=3", "frontdoor.security.lockout=PT2S", "server.servlet.session.timeout=20m",
        "server.tomcat.connection-timeout=1500ms", "server.tomcat.keep-alive-timeout=60s",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2"})
class AdversarialFindingsTest {
    private static final String MARKER = "zq7xmarker";
    private static final String CONTACT = """
            {%s"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    RetentionPurge purge;
    @Autowired
    ObjectMapper json;

    // ---- 3a: the lockout under a burst ----

    @Test
    void aBurstOfThirtyParallelGuessesOnTheApiChecksNoMoreThanTheLimit() throws Exception {
        String user = "burst.api";
        accounts.save(user, "Burst API", encoder.encode(FrontDoorApi.PASSWORD), List.of(Role.PRACTITIONER), false);
        List<HttpResponse<String>> responses = burst(30, i -> {
            String password = i == 17 ? FrontDoorApi.PASSWORD : "guess-" + i;
            return StaffSession.basicWithPassword(port, user, password).get("/api/queue");
        });
        long checked = responses.stream().filter(r -> r.statusCode() == 200 || !r.body().contains("locked")).count();
        assertThat(checked).as("guesses whose password was checked (200, or 401 without 'locked'), of 30 in one burst; "
                + "statuses " + responses.stream().map(HttpResponse::statusCode).toList()).isLessThanOrEqualTo(3);
    }

    @Test
    void aBurstOfThirtyParallelGuessesOnTheSignInPageChecksNoMoreThanTheLimit() throws Exception {
        String user = "burst.page";
        accounts.save(user, "Burst page", encoder.encode(FrontDoorApi.PASSWORD), List.of(Role.PRACTITIONER), false);
        List<StaffSession> sessions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sessions.add(StaffSession.anonymous(port));   // each with its own session and CSRF token, made before the burst
        }
        List<HttpResponse<String>> responses = burst(30, i -> sessions.get(i).form("/sign-in",
                "username=" + user + "&password=" + (i == 11 ? FrontDoorApi.PASSWORD : "guess-" + i)));
        List<String> locations = responses.stream().map(r -> r.headers().firstValue("Location").orElse("")).toList();
        long checked = locations.stream().filter(l -> !l.endsWith("/sign-in?locked")).count();
        assertThat(checked).as("sign-ins whose password was checked, of 30 in one burst: " + locations).isLessThanOrEqualTo(3);
    }

    private interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    /** n calls at once: every thread is ready before a latch lets them all go. */
    private static List<HttpResponse<String>> burst(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call(index);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- 3b: ratification by someone other than the decider ----

    @Test
    void aUserHoldingBothRolesCannotRatifyTheirOwnDecision() {
        String dual = "dual.roles";
        accounts.save(dual, "Dual Roles", encoder.encode(FrontDoorApi.PASSWORD), List.of(Role.PRACTITIONER, Role.MANAGER), false);
        String id = record(CONTACT.formatted(""));
        StaffSession both = StaffSession.basic(port, dual);
        assertThat(both.send("POST", "/api/referrals/" + id + "/decisions", "application/json",
                "{\"children\": [{\"ref\": \"child-1\", \"accept\": true}]}").statusCode()).isEqualTo(201);

        HttpResponse<String> own = both.send("POST", "/api/referrals/" + id + "/ratifications", "application/json", "");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT status FROM referral_decision WHERE referral_id = ?").param(id).query(String.class).single())
                .isEqualTo("awaiting-ratification");
        assertThat(StaffSession.basic(port, "morgan.manager").send("POST", "/api/referrals/" + id + "/ratifications", "application/json", "")
                .statusCode()).as("another manager may").isEqualTo(201);
    }

    // ---- 3c: receivedAt within a real past window; the purge goes by when the service recorded the referral ----

    @Test
    void aReceivedAtInTheFutureOrBeforeTheWindowOrInAnExtremeYearIsRefusedNamingTheField() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        Instant now = Instant.now();
        for (String when : List.of(now.minus(3 * 365, ChronoUnit.DAYS).toString(), now.minus(31, ChronoUnit.DAYS).toString(),
                now.plus(1, ChronoUnit.DAYS).toString(), "+275760-09-13T00:00:00Z", "-100000-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
            HttpResponse<String> refused = StaffSession.basic(port, "pat.practitioner").send("POST", "/api/referrals", "application/json",
                    CONTACT.formatted("\"receivedAt\": \"" + when + "\", "));
            assertThat(refused.statusCode()).as(when + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json.readTree(refused.body()).path("errors").findValuesAsText("field")).as(when).contains("receivedAt");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
        String ok = record(CONTACT.formatted("\"receivedAt\": \"" + now.minus(2, ChronoUnit.DAYS) + "\", "));
        assertThat(ok).isNotBlank();
    }

    @Test
    void theRetentionPurgeGoesByWhenTheServiceRecordedAReferralNotWhatTheClientSaid() {
        String backdated = record(CONTACT.formatted(""));
        String old = record(CONTACT.formatted(""));
        Timestamp sevenYearsAgo = Timestamp.from(Instant.now().minus(7 * 366, ChronoUnit.DAYS));
        // as if a client had claimed a receipt years ago (as the service allowed before): recorded now
        jdbc.sql("UPDATE referral SET received_at = ? WHERE id = ?").params(sevenYearsAgo, backdated).update();
        // and one the service itself recorded long ago
        jdbc.sql("UPDATE referral SET received_at = ?, recorded_at = ? WHERE id = ?").params(sevenYearsAgo, sevenYearsAgo, old).update();

        purge.purge();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE id = ?").param(backdated).query(Long.class).single())
                .as("recorded today: kept, whatever receipt time it claims").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE referral_id = ?").param(backdated).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE id = ?").param(old).query(Long.class).single()).isZero();
    }

    // ---- 4a: CSV formulas ----

    @Test
    void csvCellsThatCouldBeFormulasAreNeutralised() {
        LocalMonth month = new LocalMonth(2003, 2);
        jdbc.sql("INSERT INTO purged_rule_statistic (contact_month, rule_id, mandatory, fired, overridden) VALUES (?, ?, FALSE, 3, 2)")
                .params(month.date(), "=HYPERLINK(\"http://evil.example\",\"x\")").update();
        jdbc.sql("INSERT INTO purged_rule_statistic (contact_month, rule_id, mandatory, fired, overridden) VALUES (?, ?, FALSE, 3, 2)")
                .params(month.date(), "@SUM(1+1)").update();
        jdbc.sql("""
                INSERT INTO purged_child_statistic (contact_month, first_of_contact, outcome_level, outcome_primary, social_care, re_referral,
                    decided, overridden, contact_decided, decided_in_time, ratified, ratified_in_time, consent_status, medium_risk_da, children)
                VALUES (?, TRUE, 2, 'P2', FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, 'given', FALSE, 3)""").param(month.date()).update();
        StaffSession manager = StaffSession.basic(port, "morgan.manager");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports?from=2003-02-01&to=2003-02-28"))
                .header("Accept", "text/csv").header("Authorization", basic("morgan.manager")).GET().build();
        String csv = send(request).body();
        assertThat(manager).isNotNull();
        assertThat(csv).contains("HYPERLINK", "SUM(1+1)");
        for (String line : csv.split("\r?\n")) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
                String value = cell.startsWith("\"") && cell.endsWith("\"") && cell.length() > 1
                        ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
                assertThat(value).as("a CSV cell in: " + line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(csv).contains("'=HYPERLINK").contains("'@SUM");
    }

    private record LocalMonth(int year, int month) {
        Date date() {
            return Date.valueOf(java.time.LocalDate.of(year, month, 1));
        }
    }

    // ---- 4b: a draft's change notice ----

    @Test
    void aDraftsChangeNoticeIsOnlyForPolicyLeadsAndAuditorsWhileAPublishedOneStaysPublic() throws Exception {
        String draft = draft("Notice finding");
        assertThat(StaffSession.anonymous(port).get("/api/rule-sets/" + draft + "/change-notice").statusCode()).isEqualTo(401);
        assertThat(StaffSession.basic(port, "pat.practitioner").get("/api/rule-sets/" + draft + "/change-notice").statusCode()).isEqualTo(403);
        assertThat(StaffSession.basic(port, "ade.auditor").get("/api/rule-sets/" + draft + "/change-notice").statusCode()).isEqualTo(200);
        assertThat(StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + draft + "/change-notice").statusCode()).isEqualTo(200);
        HttpResponse<String> page = StaffSession.anonymous(port).get("/rule-sets/" + draft + "/change-notice");
        assertThat(page.statusCode()).as("the page of a draft's notice, anonymously").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
        assertThat(StaffSession.signedIn(port, "ade.auditor").get("/rule-sets/" + draft + "/change-notice").statusCode()).isEqualTo(200);

        assertThat(StaffSession.anonymous(port).get("/api/rule-sets/1/change-notice").statusCode()).isEqualTo(200);
        assertThat(StaffSession.anonymous(port).get("/rule-sets/1/change-notice").statusCode()).isEqualTo(200);
    }

    // ---- 4c: the scenario gate's feature paths ----

    @Test
    void aGateFeaturePathOutsideTheFeaturesFolderIsRefused() throws Exception {
        Path outside = Files.createTempDirectory("outside-features");
        Path feature = outside.resolve("escape.feature");
        Files.writeString(feature, """
                Feature: Outside the folder
                  Scenario: Should never run
                    Given a contact from a school about a 9-year-old
                    And the concern is L2-CD-01 (occasional unauthorised absence)
                    When the front door checks the contact
                    Then the recommended level is 2
                """);
        try {
            String draft = draft("Gate path finding");
            for (String path : List.of("features/" + feature.toAbsolutePath(), "features/decision/../../" + outside.getFileName() + "/escape.feature",
                    "features/./" + feature.toAbsolutePath())) {
                HttpResponse<String> run = StaffSession.basic(port, "asha.policy").send("POST", "/api/rule-sets/" + draft + "/scenario-gate",
                        "application/json", "{\"features\": [" + json.writeValueAsString(path) + "]}");
                assertThat(run.statusCode()).as(path + ": " + run.body()).isEqualTo(400);
                assertThat(run.body()).as("nothing of the outside file ran").doesNotContain("Should never run");
            }
        } finally {
            Files.deleteIfExists(feature);
            Files.deleteIfExists(outside);
        }
    }

    // ---- 4d: overlong and other invalid UTF-8 ----

    @Test
    void overlongAndOtherInvalidUtf8IsRefusedNamingTheField() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        byte[][] sequences = {
                {(byte) 0xC0, (byte) 0xBC},                          // overlong '<'
                {(byte) 0xE0, (byte) 0x80, (byte) 0xBC},             // overlong '<', three bytes
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},             // a surrogate, encoded
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},   // five bytes
                {(byte) 0x80},                                       // a lone continuation byte
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};   // beyond U+10FFFF
        for (byte[] bad : sequences) {
            String body = CONTACT.formatted("").replace("\"status\": \"given\"}", "\"status\": \"given\", \"reason\": \"AB\"}");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int at = body.indexOf("AB");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at + 1);
            out.write(bad);
            out.write(bytes, at + 1, bytes.length - at - 1);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/referrals"))
                    .header("Content-Type", "application/json").header("Authorization", basic("pat.practitioner"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).as(java.util.HexFormat.of().formatHex(bad) + ": " + response.body()).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("errors").findValuesAsText("field")).contains("consent.reason");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
    }

    // ---- 4e: forwarded headers, HSTS, Secure cookies, Host in redirects ----

    @Test
    void forwardedHeadersCountOnlyFromTheTrustedProxy() throws Exception {
        String forged = "X-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-For: 203.0.113.9\r\n"
                + "Forwarded: proto=https;host=evil.example\r\n";
        String fromClient = raw(null, "GET /sign-in HTTP/1.1\r\nHost: localhost\r\n" + forged + "Connection: close\r\n\r\n");
        assertThat(fromClient).as("an untrusted client claiming HTTPS").doesNotContainIgnoringCase("Strict-Transport-Security");
        assertThat(setCookie(fromClient)).doesNotContainIgnoringCase("Secure");

        String fromProxy = raw("127.0.0.2", "GET /sign-in HTTP/1.1\r\nHost: frontdoor.example.org\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");
        assertThat(fromProxy).as("behind the trusted TLS proxy").containsIgnoringCase("Strict-Transport-Security: max-age=");
        assertThat(setCookie(fromProxy)).containsIgnoringCase("Secure");
    }

    @Test
    void theHostHeaderOfAnUntrustedClientIsNotReflectedIntoRedirects() throws Exception {
        String toSignIn = raw(null, "GET /queue HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\nConnection: close\r\n\r\n");
        assertThat(toSignIn).startsWith("HTTP/1.1 302");
        assertThat(location(toSignIn)).endsWith("/sign-in").doesNotContain("evil");

        String body = "username=nobody&password=nothing";
        StaffSession page = StaffSession.anonymous(port);
        String failed = raw(null, "POST /sign-in HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(page).isNotNull();
        assertThat(location(failed)).doesNotContain("evil");
    }

    private static String location(String response) {
        return response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElse("");
    }

    private static String setCookie(String response) {
        return String.join("\n", response.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11)).toList());
    }

    /** One request over a raw socket, from the given local address (null: the default, 127.0.0.1); the whole answer. */
    private String raw(String from, String request) throws IOException {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    // ---- 4f: problem details echo nothing ----

    @Test
    void problemDetailsNeverEchoThePathQueryBodyOrHeaders() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        StaffSession pat = StaffSession.basic(port, "pat.practitioner");
        responses.add(pat.get("/api/referrals/" + MARKER + "?q=" + MARKER));
        responses.add(pat.get("/api/referrals/" + MARKER + "/decision"));
        responses.add(StaffSession.basic(port, "morgan.manager").get("/api/reports?from=" + MARKER + "&to=2026-01-01"));
        responses.add(StaffSession.basic(port, "morgan.manager").get("/api/reports?from=2026-01-01"));
        responses.add(pat.send("POST", "/api/referrals", "application/" + MARKER, "{}"));
        responses.add(pat.send("DELETE", "/api/referrals/" + MARKER, null, null));
        responses.add(pat.send("POST", "/api/referrals", "application/json", "{\"children\": \"" + MARKER + "\"}"));
        responses.add(pat.send("POST", "/api/referrals", "application/json", "{\"referrer\": {\"type\": \"" + MARKER + "\"}, "
                + "\"children\": [{\"ref\": \"" + MARKER + "\", \"ageYears\": 9}], \"concerns\": [\"" + MARKER + "\"]}"));
        responses.add(pat.send("POST", "/api/referrals", "application/json", "{\"receivedAt\": \"" + MARKER + "\"}"));
        responses.add(StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + MARKER));
        responses.add(StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + MARKER + "/change-notice"));
        responses.add(StaffSession.anonymous(port).get("/api/rule-sets/" + MARKER + "/change-notice"));
        responses.add(StaffSession.basic(port, "asha.policy").get("/api/rule-sets/1/diff?against=" + MARKER));
        HttpRequest headerEcho = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/queue"))
                .header("Authorization", basic("pat.practitioner")).header("Accept", "text/" + MARKER).GET().build();
        responses.add(send(headerEcho));
        for (HttpResponse<String> r : responses) {
            String what = r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.body();
            assertThat(r.statusCode()).as(what).isGreaterThanOrEqualTo(400);
            assertThat(r.body()).as(what).doesNotContain(MARKER);
            assertThat(r.headers().map().toString()).as(what).doesNotContain(MARKER);
        }
    }

    // ---- 4g: /info ----

    @Test
    void infoShowsTheBuildAndRuleSetButNoRuntimeVersions() throws Exception {
        HttpResponse<String> info = StaffSession.anonymous(port).get("/info");
        JsonNode body = json.readTree(info.body());
        assertThat(body.at("/build/version").asText()).isNotBlank();
        assertThat(body.at("/ruleSet/version").asText()).isNotBlank();
        assertThat(body.has("java")).as(info.body()).isFalse();
        for (String property : Set.of("java.runtime.version", "java.vm.version", "java.version", "os.version")) {
            assertThat(info.body()).as(property).doesNotContain(System.getProperty(property));
        }
    }

    // ---- 4h: slow connections ----

    @Test
    void theServiceSetsConnectionAndHeaderTimeouts() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        PropertySource<?> application = yaml.get(0);
        for (String setting : List.of("server.tomcat.connection-timeout", "server.tomcat.keep-alive-timeout",
                "server.max-http-request-header-size", "server.tomcat.use-relative-redirects", "server.forward-headers-strategy",
                "server.tomcat.remoteip.internal-proxies")) {
            assertThat(application.getProperty(setting)).as(setting + " in application.yml").isNotNull();
        }
    }

    @Test
    void aConnectionSendingAPartialRequestLineSlowlyIsClosed() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(15_000);   // a generous upper bound: the service's timeout here is 1.5 s
            OutputStream out = socket.getOutputStream();
            for (String part : List.of("GE", "T /gu", "idan")) {   // a request line, slowly, never finished
                out.write(part.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
            }
            InputStream in = socket.getInputStream();
            int read;
            try {
                do {
                    read = in.read();
                } while (read >= 0);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the service kept a half-sent request open for 15 s", e);
            } catch (IOException reset) {
                read = -1;   // closed by a reset: closed all the same
            }
            assertThat(read).as("end of stream: the service closed the connection").isEqualTo(-1);
        }
    }

    // ---- helpers ----

    private String record(String contact) {
        HttpResponse<String> created = StaffSession.basic(port, "pat.practitioner").send("POST", "/api/referrals", "application/json", contact);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return json.readTree(created.body()).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String draft(String note) throws IOException {
        HttpResponse<String> created = StaffSession.basic(port, "asha.policy").send("POST", "/api/rule-sets/drafts", "application/json",
                "{\"changeNote\": \"" + note + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).at("/detail/version").asText();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + FrontDoorApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
