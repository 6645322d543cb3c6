package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Security headers, the session cookie and timeout, CSRF on forms, and locking an account after repeated wrong passwords. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.security.max-failed-sign-ins=3", "frontdoor.security.lockout=PT2S", "server.servlet.session.timeout=20m",
        // shared with AdversarialFindingsTest (the same properties: one application context for both)
        "server.tomcat.connection-timeout=1500ms", "server.tomcat.keep-alive-timeout=60s",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2"})
class SignInHardeningTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletWebServerApplicationContext web;

    /** A partner's check at a shared computer: the answers come back after "Filter", never to the next person. */
    @Test
    void anAbandonedCheckLeavesNoAnswersForTheNextPersonAtTheComputer() {
        StaffSession partner = StaffSession.anonymous(port);
        var filtered = partner.form("/check", "action=filter&concernFilter=absence&concerns=L2-CD-01&referrer.type=school");
        assertThat(filtered.statusCode()).isEqualTo(302);
        String afterFilter = partner.get("/check").body();
        assertThat(afterFilter).containsPattern("value=\"L2-CD-01\"[^>]*checked");
        // the partner walks away; the next person opens the page in the same browser
        String nextPerson = partner.get("/check").body();
        assertThat(nextPerson).doesNotContainPattern("value=\"L2-CD-01\"[^>]*checked").doesNotContain("value=\"absence\"");
    }

    @Test
    void pagesAndTheApiSendSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {StaffSession.anonymous(port).get("/guidance"),
                StaffSession.anonymous(port).get("/api/referrals/x"), StaffSession.signedIn(port, "pat.practitioner").get("/contacts/new")}) {
            var h = response.headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(h.firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        }
        // the DMN editor's page alone allows inline script and style (the KIE bundle needs them); its model download and
        // every other address under it keep the strict policy
        assertThat(StaffSession.anonymous(port).get("/rule-sets/1/dmn-editor/front-door-decision.dmn").headers()
                .firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self' 'unsafe-inline'", "frame-ancestors 'none'",
                        "connect-src 'self'", "form-action 'self'").doesNotContain("unsafe-eval");
        for (String other : new String[] {"/rule-sets/1/dmn-editor/front-door-decision.dmn/model", "/rule-sets/1/dmn-editor",
                "/rule-sets/1/dmn-editor/a/b", "/x/rule-sets/1/dmn-editor/front-door-decision.dmn"}) {
            assertThat(StaffSession.anonymous(port).get(other).headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(other).contains("script-src 'self';").doesNotContain("unsafe-inline");
        }
        assertThat(StaffSession.signedIn(port, "pat.practitioner").get("/contacts/new").headers().firstValue("Cache-Control").orElse(""))
                .as("a staff page is not kept in caches").contains("no-store");
    }

    /** Issue 14: a child's details are never kept by the browser's or a proxy's cache, on pages, the API, refusals and errors. */
    @Test
    void pagesAndApiResponsesWithAChildsDetailsAreNeverStored() {
        StaffSession api = StaffSession.basic(port, "pat.practitioner");
        HttpResponse<String> recorded = api.send("POST", "/api/referrals", "application/json", """
                {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"]}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = recorded.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        StaffSession pat = StaffSession.signedIn(port, "pat.practitioner");
        StaffSession morgan = StaffSession.signedIn(port, "morgan.manager");

        var responses = new java.util.LinkedHashMap<String, HttpResponse<String>>();
        responses.put("record page", pat.get("/referrals/" + id + "/record"));
        responses.put("result page", pat.get("/referrals/" + id));
        responses.put("decision page", pat.get("/referrals/" + id + "/decision"));
        responses.put("contact form", pat.get("/contacts/new"));
        responses.put("queue", morgan.get("/queue"));
        responses.put("API referral GET", api.get("/api/referrals/" + id));
        responses.put("API audit trail", api.get("/api/referrals/" + id + "/audit"));
        responses.put("API POST referral", recorded);
        responses.put("API unknown referral (404)", api.get("/api/referrals/no-such-referral"));
        responses.put("API referral, not signed in (401)", StaffSession.anonymous(port).get("/api/referrals/" + id));
        responses.forEach((what, response) -> {
            assertThat(response.statusCode()).as(what).isIn(200, 201, 401, 404);
            assertThat(response.headers().allValues("Cache-Control")).as(what).containsExactly("no-store");
            assertThat(response.headers().firstValue("Pragma")).as(what).hasValue("no-cache");
        });
        assertThat(responses.get("record page").statusCode()).isEqualTo(200);
        assertThat(responses.get("API referral GET").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheSessionTimesOut() {
        HttpResponse<String> page = StaffSession.basic(port, "nobody").get("/sign-in");   // a first visit: no cookie yet
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).as("minutes").isEqualTo(20);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        StaffSession pat = StaffSession.signedIn(port, "pat.practitioner");
        assertThat(pat.csrf()).as("the pages' forms carry a token").isNotBlank();
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        String contact = "referrerType=school&children%5B0%5D.ageYears=7&concerns=L2-CD-01&consentStatus=given";

        // riding on the signed-in session's cookie, as a form on another site would, without the token
        HttpResponse<String> forged = pat.sendWithoutCsrf("POST", "/contacts/new", "application/x-www-form-urlencoded", contact);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form had expired or was not sent from this service");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
        assertThat(pat.form("/contacts/new", contact).statusCode()).as("the same form with its token gets past the check").isNotEqualTo(403);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileOnPagesAndTheApi() throws Exception {
        StaffSession wrong = StaffSession.basicWithPassword(port, "sam.practitioner", "guess");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/queue").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = StaffSession.basic(port, "sam.practitioner").get("/api/queue");
        assertThat(locked.statusCode()).as("even the right password, while locked").isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        StaffSession page = StaffSession.anonymous(port);
        HttpResponse<String> form = page.form("/sign-in", "username=sam.practitioner&password=" + org.frontdoor.FrontDoorApi.PASSWORD);
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/sign-in?locked");
        assertThat(page.get("/sign-in?locked").body()).contains("This account is locked");

        Thread.sleep(2_100);   // frontdoor.security.lockout=PT2S
        assertThat(StaffSession.basic(port, "sam.practitioner").get("/api/queue").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = 'sam.practitioner'").query(Integer.class).single()).isZero();
    }

    @Test
    void aRememberedPasswordDoesNotOutliveALockOrADisabledAccount() {
        StaffSession morgan = StaffSession.basic(port, "morgan.manager");
        assertThat(morgan.get("/api/queue").statusCode()).isEqualTo(200);   // verified once, now remembered
        try {
            // as another instance would: the account is locked in the shared database
            jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = 'morgan.manager'")
                    .param(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600))).update();
            assertThat(morgan.get("/api/queue").statusCode()).isEqualTo(401);
            jdbc.sql("UPDATE app_user SET locked_until = NULL, enabled = FALSE WHERE username = 'morgan.manager'").update();
            assertThat(morgan.get("/api/queue").statusCode()).isEqualTo(401);
        } finally {
            jdbc.sql("UPDATE app_user SET locked_until = NULL, enabled = TRUE, failed_attempts = 0 WHERE username = 'morgan.manager'").update();
        }
        assertThat(morgan.get("/api/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void thePagesLinksIntoTheApiWorkWithTheSessionButTheSessionNeverChangesData() {
        StaffSession morgan = StaffSession.signedIn(port, "morgan.manager");
        HttpResponse<String> csv = morgan.send("GET", "/api/reports?from=2026-01-01&to=2026-01-31", null, null);
        assertThat(csv.statusCode()).as("the reports page's CSV link").isEqualTo(200);
        StaffSession pat = StaffSession.signedIn(port, "pat.practitioner");
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        HttpResponse<String> write = pat.send("POST", "/api/referrals", "application/json", """
                {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"]}""");
        assertThat(write.statusCode()).as("a change through the API needs credentials on the request itself").isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
        assertThat(StaffSession.anonymous(port).get("/api/reports?from=2026-01-01&to=2026-01-31").statusCode()).isEqualTo(401);
    }

    @Test
    void aSuccessfulSignInClearsTheCountOfWrongPasswords() {
        StaffSession wrong = StaffSession.basicWithPassword(port, "alex.manager", "guess");
        wrong.get("/api/queue");
        wrong.get("/api/queue");
        assertThat(StaffSession.basic(port, "alex.manager").get("/api/queue").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = 'alex.manager'").query(Integer.class).single()).isZero();
        wrong.get("/api/queue");
        wrong.get("/api/queue");
        assertThat(StaffSession.basic(port, "alex.manager").get("/api/queue").statusCode()).as("4 wrong in all, never 3 in a row").isEqualTo(200);
    }

    @Test
    void aWrongPasswordOnTheSignInPageSaysSoWithoutSayingWhichPart() {
        StaffSession page = StaffSession.anonymous(port);
        HttpResponse<String> form = page.form("/sign-in", "username=morgan.manager&password=nope");
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
        String body = page.get("/sign-in?error").body();
        assertThat(body).contains("Enter a correct username and password").contains("govuk-error-summary");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE password_hash LIKE '$2a$%'").query(Long.class).single())
                .as("passwords are stored as bcrypt hashes").isEqualTo(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single());
    }
}
