package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.rules.UntrustedWorkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hostile-input corpus: malformed, deeply nested and oversized JSON, wrong content types, broken and hostile
 * unicode, and crafted DMN (XXE, billion laughs, Java functions, nested loops, an enormous table, runaway FEEL) by PUT,
 * multipart and the sandbox, plus addresses and headers refused before the application (the security firewall,
 * Tomcat). Each is refused with a clear 4xx problem+json that neither echoes the input (in the answer or the captured
 * log) nor shows a stack trace; afterwards the service still answers, no table has gained or lost a row and the
 * draft's models are unchanged. HTML and SQL in free text are legitimate text: stored exactly, and escaped on every
 * page that shows them. A runaway sandbox worker is shown to stop using CPU; a table just under the size limit gets
 * an answer within the time limits. Corpus: src/test/resources/hostile/json and hostile/dmn; huge inputs are generated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.rules.evaluation-timeout=2s", "frontdoor.policy.draft-timeout=5s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {
    private static final String CONTACT = """
            {"referrer": {"type": "school"}, "children": [{"ref": "%s", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given", "reason": "%s"}}""";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\\\"><img src=x onerror=alert(1)>";
    private static final String SQL = "'; DROP TABLE referral;--";

    /** One hostile request and what it must get. */
    record Case(String name, String method, String path, String user, String contentType, String accept, byte[] body,
                boolean chunked, int status, String field, String echo) {
        Case(String name, String method, String path, String user, String contentType, String accept, byte[] body,
             boolean chunked, int status, String field) {
            this(name, method, path, user, contentType, accept, body, chunked, status, field, null);
        }

        /** The same, with text from the payload that must come back neither in the answer nor in the log. */
        Case echoing(String marker) {
            return new Case(name, method, path, user, contentType, accept, body, chunked, status, field, marker);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    @Autowired
    UntrustedWorkers workers;
    private String draft;
    private String referral;
    private StaffSession pages;

    @BeforeAll
    void aDraftAndAReferralToAimAt() throws Exception {
        HttpResponse<String> created = send(new Case("draft", "POST", "/api/rule-sets/drafts", "asha.policy", "application/json", null,
                "{\"changeNote\": \"Hostile input corpus\"}".getBytes(StandardCharsets.UTF_8), false, 201, null));
        draft = json.readTree(created.body()).at("/detail/version").asText();
        HttpResponse<String> recorded = send(new Case("referral", "POST", "/api/referrals", "pat.practitioner", "application/json", null,
                CONTACT.formatted("child-h", "").getBytes(StandardCharsets.UTF_8), false, 201, null));
        referral = json.readTree(recorded.body()).path("id").asText();
        assertThat(draft).isNotBlank();
        assertThat(referral).isNotBlank();
    }

    Stream<Case> refused() throws IOException {
        List<Case> cases = new ArrayList<>();
        String ok = CONTACT.formatted("child-1", "");
        cases.add(json("malformed JSON", "{\"referrer\": {\"type\": \"school\"", 400, null));
        cases.add(json("trailing garbage after the object", ok + " {\"more\": 1}", 400, null));
        cases.add(json("an empty body", "", 400, null));
        cases.add(json("JSON null", "null", 400, null));
        cases.add(json("an array instead of an object", "[" + ok + "]", 400, null));
        cases.add(json("a field the service does not know", ok.replace("\"concerns\"", "\"isAdmin\": true, \"concerns\""), 400, "isAdmin"));
        cases.add(json("arrays nested 10,000 deep", "{\"concerns\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", 400, null));
        cases.add(json("objects nested 100 deep", "{\"referrer\": " + "{\"type\": ".repeat(100) + "1" + "}".repeat(100) + "}", 400, null));
        cases.add(json("a number of 1,000 digits", ok.replace("\"ageYears\": 9", "\"ageYears\": " + "9".repeat(1000)), 400, null));
        cases.add(json("a number too large for an age", ok.replace("\"ageYears\": 9", "\"ageYears\": 1e400"), 400, "children[0].ageYears"));
        String big = CONTACT.formatted("child-1", "x".repeat(1_000_000));
        cases.add(new Case("a 1 MB body", "POST", "/api/referrals", "pat.practitioner", "application/json", null, utf8(big), false, 413, null));
        cases.add(new Case("a 1 MB body sent in chunks, without a length", "POST", "/api/referrals", "pat.practitioner", "application/json", null,
                utf8(big), true, 413, null));
        cases.add(new Case("text/plain instead of JSON", "POST", "/api/referrals", "pat.practitioner", "text/plain", null, utf8(ok), false, 415, null));
        cases.add(new Case("XML instead of JSON", "POST", "/api/referrals", "pat.practitioner", "application/xml", null,
                utf8("<contact><referrer>school</referrer></contact>"), false, 415, null));
        cases.add(new Case("asking for XML back", "POST", "/api/referrals", "pat.practitioner", "application/json", "application/xml", utf8(ok), false, 406, null));
        cases.add(json("a NUL character in free text", CONTACT.formatted("child-1", "before\\u0000after"), 400, "consent.reason"));
        cases.add(json("a lone surrogate (half an emoji) in a child reference", CONTACT.formatted("child-\\ud83d", ""), 400, "children[0].ref"));
        cases.add(json("a C1 control character in free text", CONTACT.formatted("child-1", "next\\u0085line"), 400, "consent.reason"));
        cases.add(json("a Unicode non-character in free text", CONTACT.formatted("child-1", "odd\\uffff"), 400, "consent.reason"));
        byte[] badUtf8 = utf8(CONTACT.formatted("child-1", "AB"));
        int at = new String(badUtf8, StandardCharsets.UTF_8).indexOf("AB");
        badUtf8[at] = (byte) 0xC3;
        badUtf8[at + 1] = (byte) 0x28;   // not a continuation byte: invalid UTF-8
        cases.add(new Case("invalid UTF-8 bytes", "POST", "/api/referrals", "pat.practitioner", "application/json", null, badUtf8, false, 400, "consent.reason"));
        cases.add(corpus("an unquoted word where a value belongs", "unquoted-word.json", 400, null).echoing("zebraquux"));
        cases.add(corpus("text where a number belongs", "text-for-a-number.json", 400, "children[0].ageYears").echoing("zebraquux"));
        cases.add(corpus("an object where a list belongs", "object-for-a-list.json", 400, "children").echoing("zebraquux"));
        cases.add(corpus("a list where text belongs", "list-for-text.json", 400, "referrer.type").echoing("zebraquux"));
        cases.add(corpus("true where a list belongs", "true-for-a-list.json", 400, "concerns"));
        cases.add(corpus("the same field twice (which one would be stored?)", "duplicate-field.json", 400, null).echoing("zebraquux"));
        cases.add(new Case("a JSON body without a Content-Type", "POST", "/api/referrals", "pat.practitioner", null, null, utf8(ok), false, 415, null));
        cases.add(new Case("a form instead of JSON", "POST", "/api/referrals", "pat.practitioner", "application/x-www-form-urlencoded", null,
                utf8("referrer=zebraquux"), false, 415, null).echoing("zebraquux"));
        cases.add(new Case("a NUL character in an override reason", "POST", "/api/referrals/{referral}/decisions", "pat.practitioner",
                "application/json", null, utf8("{\"children\": [{\"ref\": \"child-h\", \"accept\": false, \"level\": 2, \"pathways\": [\"P2\"], "
                + "\"reasonCategory\": \"other\", \"reason\": \"x\\u0000y\"}]}"), false, 400, "children[0].reason"));

        String models = "/api/rule-sets/{draft}/models/indicator-catalogue.dmn";
        cases.add(dmn("DMN with an external entity (XXE) reading /etc/passwd", models, resource("xxe.dmn"), 400));
        cases.add(dmn("DMN with a billion laughs", models, resource("billion-laughs.dmn"), 400));
        cases.add(dmn("DMN calling Java (System.exit)", models, resource("java-function.dmn"), 400));
        cases.add(dmn("DMN with nested loops making a billion values", models, resource("nested-for.dmn"), 400));
        cases.add(dmn("an enormous decision table (50,000 rules, 6 MB)", models, enormousTable(50_000), 413));
        Case chunkedTable = dmn("an enormous decision table sent in chunks, without a length", models, enormousTable(50_000), 413);
        cases.add(new Case(chunkedTable.name(), "PUT", models, "asha.policy", "application/xml", null, chunkedTable.body(), true, 413, null));
        cases.add(dmn("20 MB of bytes as a model", models, new byte[20 * 1024 * 1024], 413));
        cases.add(dmn("not XML at all", models, utf8("{\"this\": \"is JSON\"}"), 400));
        String upload = "/api/rule-sets/{draft}/models";
        cases.add(multipart("XXE in a multipart .dmn upload", upload, "file", "indicator-catalogue.dmn", resource("xxe.dmn"), 400, null));
        cases.add(multipart("Java functions in a multipart .dmn upload", upload, "file", "indicator-catalogue.dmn", resource("java-function.dmn"), 400, null));
        cases.add(multipart("a multipart upload without its file part", upload, "document", "indicator-catalogue.dmn", resource("xxe.dmn"), 400, "file"));
        cases.add(multipart("a 12 MB multipart upload", upload, "file", "rules.zip", new byte[12 * 1024 * 1024], 413, null));
        cases.add(sandbox("runaway FEEL in the sandbox (a recursive model making 2^40 calls)", resource("runaway-feel.dmn"), 422, null));
        cases.add(sandbox("XXE in the sandbox", resource("xxe.dmn"), 422, "model"));
        cases.add(sandbox("a billion laughs in the sandbox", resource("billion-laughs.dmn"), 422, "model"));
        cases.add(sandbox("Java functions in the sandbox", resource("java-function.dmn"), 422, "model"));
        cases.add(sandbox("nested loops making a billion values in the sandbox", resource("nested-for.dmn"), 422, "model"));
        cases.add(sandbox("a decision table over the model limit in the sandbox (22,000 rules, 2.6 MB)", enormousTable(22_000), 422, "model"));
        cases.add(new Case("a sandbox context nested 1,000 deep", "POST", "/api/sandbox/evaluate", "asha.policy", "application/json", null,
                utf8("{\"model\": \"<x/>\", \"context\": {\"a\": " + "[".repeat(1000) + "]".repeat(1000) + "}}"), false, 400, null));
        cases.add(new Case("SQL with an encoded semicolon as a referral id (the firewall)", "GET", "/api/referrals/%27%3B%20DROP%20TABLE%20referral%3B--",
                "pat.practitioner", null, null, new byte[0], false, 400, null).echoing("DROP TABLE"));
        cases.add(new Case("SQL as a referral id", "GET", "/api/referrals/%27%20OR%20%271%27=%271", "pat.practitioner",
                null, null, new byte[0], false, 404, null).echoing("OR '1'"));
        cases.add(new Case("a 100 KB header", "POST", "/api/referrals", "pat.practitioner", "application/json",
                "application/json, " + "text/zebraquux, ".repeat(6000), utf8(ok), false, 400, null).echoing("zebraquux"));
        cases.add(new Case("a 10 MB sandbox request", "POST", "/api/sandbox/evaluate", "asha.policy", "application/json", null,
                utf8("{\"model\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}"), true, 413, null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedClearlyAndChangesNothing(Case hostile, CapturedOutput log) throws Exception {
        Map<String, Long> before = rowCounts();
        String modelsBefore = draftHash();
        int logBefore = log.length();

        HttpResponse<String> response = send(hostile);
        String logged = log.toString().substring(Math.min(logBefore, log.length()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(hostile.status());
        assertThat(problem.path("detail").asText()).isNotBlank();
        if (hostile.field() != null) {
            assertThat(response.body()).contains("\"" + hostile.field() + "\"");
        }
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "/etc/passwd", "java.lang.System", "lol9", "xxxxxxxxxx");
        assertThat(logged).as("what the service logged").doesNotContain("/etc/passwd", "lol9", "xxxxxxxxxx", "\tat org.");
        if (hostile.echo() != null) {
            assertThat(response.body()).as("the answer").doesNotContain(hostile.echo());
            assertThat(logged).as("what the service logged").doesNotContain(hostile.echo());
        }
        assertThat(serviceStillAnswers()).isTrue();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(draftHash()).as("the draft's models are unchanged").isEqualTo(modelsBefore);
    }

    @Test
    void htmlAndSqlInFreeTextAreStoredExactlyAndEscapedOnEveryPage(CapturedOutput log) throws Exception {
        String text = SCRIPT + " " + IMG + " " + SQL;
        HttpResponse<String> recorded = send(json("hostile free text", CONTACT.formatted("child-" + SQL.replace("'", "").strip(), text), 201, null));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = json.readTree(recorded.body()).path("id").asText();
        StaffSession pat = StaffSession.basic(port, "pat.practitioner");
        String decided = "{\"children\": [{\"ref\": \"child-; DROP TABLE referral;--\", \"accept\": false, \"level\": 2, \"pathways\": [\"P2\"], "
                + "\"reasonCategory\": \"other\", \"reason\": " + json.writeValueAsString(SCRIPT + " " + SQL) + "}]}";
        assertThat(pat.send("POST", "/api/referrals/" + id + "/decisions", "application/json", decided).statusCode()).isEqualTo(201);

        JsonNode stored = json.readTree(pat.get("/api/referrals/" + id).body());
        assertThat(stored.at("/contact/consent/reason").asText()).isEqualTo(SCRIPT + " \"><img src=x onerror=alert(1)> " + SQL);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).as("the table is still there").isPositive();

        for (String page : List.of("/referrals/" + id, "/referrals/" + id + "/record", "/referrals/" + id + "/decision",
                "/referrals/" + id + "/letter", "/queue")) {
            HttpResponse<String> shown = page(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContain(SCRIPT, "<img src=x");
        }
        assertThat(page("/referrals/" + id + "/record").body()).as("the record shows the override reason, escaped")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &#39;; DROP TABLE referral;--");
        assertThat(log).as("free text is not logged").contains("recorded").doesNotContain(SCRIPT, "DROP TABLE");
    }

    @Test
    void textInAnyLanguageWithEmojiAndAccentsIsStoredExactly() throws Exception {
        String text = "Mae\u2019r plentyn yn d\u0175ad \u0177 \u2014 \u0637\u0641\u0644 \u05d9\u05dc\u05d3 \u5b69\u5b50 e\u0301 \ud83d\udc76\ud83c\udffd \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
        HttpResponse<String> recorded = send(json("text in any language", CONTACT.formatted("child-\u00e9\u0175", text), 201, null));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode stored = json.readTree(StaffSession.basic(port, "pat.practitioner").get("/api/referrals/" + json.readTree(recorded.body()).path("id").asText()).body());
        assertThat(stored.at("/contact/consent/reason").asText()).isEqualTo(text);
        assertThat(stored.at("/contact/children/0/ref").asText()).isEqualTo("child-\u00e9\u0175");
    }

    /** A page as a signed-in practitioner sees it: the one place that knows how staff sign in to pages. */
    private HttpResponse<String> page(String path) {
        if (pages == null) {
            pages = StaffSession.signedIn(port, "pat.practitioner");
        }
        return pages.get(path);
    }

    @Test
    void aRunawayInTheSandboxIsStoppedNotLeftBurningACore() throws Exception {
        warmWorker();
        int killed = workers.killedWorkers();
        long started = System.nanoTime();
        HttpResponse<String> answer = send(sandbox("runaway FEEL", resource("runaway-feel.dmn"), 422, null));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(took).as("answered within the 2 s limit and a little").isLessThan(Duration.ofSeconds(6));

        // the model ran in a worker process, which was killed at the limit: no thread of the service ran it
        assertThat(workers.killedWorkers()).as("runaway workers killed").isGreaterThan(killed);
        assertThat(serviceThreadsNamed("untrusted-model-")).as("service threads running untrusted models").isEmpty();
        assertThat(serviceStillAnswers()).isTrue();
    }

    @Test
    void aHugeTableJustUnderTheSizeLimitGetsABoundedAnswer() throws Exception {
        byte[] table = enormousTable(16_900);
        assertThat(table.length).as("just under the model limits (2,000,000 bytes for a draft, 2 MB in the sandbox)")
                .isBetween(1_900_000, 2_000_000);
        Map<String, Long> before = rowCounts();
        warmWorker();
        long started = System.nanoTime();
        HttpResponse<String> answer = send(sandbox("a 16,900-rule table", table, 200, null));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // it may compile and answer, or run out of time: either way an answer within the limit, never a hang or a 500
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 422);
        if (answer.statusCode() == 422) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(took).as("answered within the 2 s limit and a little").isLessThan(Duration.ofSeconds(8));
        System.out.println("A 16,900-rule table in the sandbox: " + answer.statusCode() + " in " + took.toMillis() + " ms");
        assertThat(serviceStillAnswers()).isTrue();
        assertThat(rowCounts()).isEqualTo(before);

        // the same table uploaded to a draft of its own: stored (it is within the limits), and its validation, which
        // compiles and analyses it, answers within the draft time limit (5 s here)
        HttpResponse<String> created = send(new Case("draft", "POST", "/api/rule-sets/drafts", "asha.policy", "application/json", null,
                utf8("{\"changeNote\": \"A huge table\"}"), false, 201, null));
        String huge = json.readTree(created.body()).at("/detail/version").asText();
        HttpResponse<String> uploaded = send(dmn("upload", "/api/rule-sets/" + huge + "/models/huge-table.dmn", table, 200));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        started = System.nanoTime();
        HttpResponse<String> validation = StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + huge + "/validation");
        took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Validation of a draft with a 16,900-rule table: " + validation.statusCode() + " in " + took.toMillis() + " ms");
        assertThat(validation.statusCode()).as(validation.body()).isLessThan(500);
        assertThat(took).as("answered within the 5 s draft limit and a little").isLessThan(Duration.ofSeconds(12));
        if (validation.statusCode() != 200) {
            assertThat(validation.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(serviceStillAnswers()).isTrue();
        // the validation's worker process was killed at the limit; a fresh one validates the next draft
        HttpResponse<String> next = StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + draft + "/validation");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        assertThat(json.readTree(next.body()).path("publishable").asBoolean()).as(next.body()).isTrue();
    }

    /** A worker process is started on first use (about 2.5 s); the limits under test are the model's, so start one first. */
    private void warmWorker() throws Exception {
        HttpResponse<String> warm = send(sandbox("a small model", utf8("<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" "
                + "id=\"w\" name=\"w\" namespace=\"urn:w\"><decision id=\"a\" name=\"A\"><variable name=\"A\"/><literalExpression>"
                + "<text>1</text></literalExpression></decision></definitions>"), 200, null));
        assertThat(warm.statusCode()).as(warm.body()).isEqualTo(200);
    }

    private static List<String> serviceThreadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith(prefix) && !n.startsWith("untrusted-model-worker-")).toList();
    }

    private boolean serviceStillAnswers() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> assessed = send(new Case("a good assessment", "POST", "/api/assessments", null, "application/json", null,
                utf8(CONTACT.formatted("child-1", "")), false, 200, null));
        return health.statusCode() == 200 && assessed.statusCode() == 200;
    }

    /** Rows in every table of the application schema. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
                .query(String.class).list()) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
        }
        assertThat(counts).as("tables counted").hasSizeGreaterThan(15);
        return counts;
    }

    private String draftHash() throws Exception {
        return json.readTree(StaffSession.basic(port, "asha.policy").get("/api/rule-sets/" + draft).body()).at("/detail/hash").asText();
    }

    private HttpResponse<String> send(Case c) throws Exception {
        String path = c.path().replace("{draft}", draft == null ? "" : draft).replace("{referral}", referral == null ? "" : referral);
        HttpRequest.BodyPublisher body = c.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .method(c.method(), body);
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        if (c.accept() != null) {
            b.header("Accept", c.accept());
        }
        if (c.user() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((c.user() + ":" + FrontDoorApi.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedEarly) {
            // a server may answer 413 and close before a chunked body is all sent; ask again how it ended
            throw new AssertionError("the connection failed instead of a 4xx answer: " + closedEarly, closedEarly);
        }
    }

    private static Case json(String name, String body, int status, String field) {
        return new Case(name, "POST", "/api/referrals", "pat.practitioner", "application/json", null, utf8(body), false, status, field);
    }

    private static Case corpus(String name, String file, int status, String field) throws IOException {
        return new Case(name, "POST", "/api/referrals", "pat.practitioner", "application/json", null,
                new ClassPathResource("hostile/json/" + file).getContentAsByteArray(), false, status, field);
    }

    private static Case dmn(String name, String path, byte[] xml, int status) {
        return new Case(name, "PUT", path, "asha.policy", "application/xml", null, xml, false, status, null);
    }

    private Case sandbox(String name, byte[] model, int status, String field) throws IOException {
        return new Case(name, "POST", "/api/sandbox/evaluate", "asha.policy", "application/json", null,
                utf8("{\"model\": " + json.writeValueAsString(new String(model, StandardCharsets.UTF_8)) + ", \"context\": {}}"), false, status, field);
    }

    private static final String BOUNDARY = "hostile-boundary-7f3a";

    private static Case multipart(String name, String path, String part, String fileName, byte[] content, int status, String field) {
        byte[] head = utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = utf8("\r\n--" + BOUNDARY + "--\r\n");
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return new Case(name, "POST", path, "asha.policy", "multipart/form-data; boundary=" + BOUNDARY, null, body, false, status, field);
    }

    private static byte[] resource(String name) throws IOException {
        return new ClassPathResource("hostile/dmn/" + name).getContentAsByteArray();
    }

    private static byte[] enormousTable(int rules) {
        StringBuilder xml = new StringBuilder("""
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Indicators" namespace="https://example.org/big" id="b">
                  <inputData id="i" name="Code"><variable name="Code" typeRef="string"/></inputData>
                  <decision id="d" name="Level"><variable name="Level"/><informationRequirement><requiredInput href="#i"/></informationRequirement>
                    <decisionTable id="t" hitPolicy="FIRST"><input id="in"><inputExpression typeRef="string"><text>Code</text></inputExpression></input>
                      <output id="out" name="level" typeRef="number"/>
                """);
        for (int i = 0; i < rules; i++) {
            xml.append("      <rule id=\"r").append(i).append("\"><inputEntry><text>\"C").append(i)
                    .append("\"</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>\n");
        }
        return utf8(xml.append("    </decisionTable></decision>\n</definitions>\n").toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
