package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.frontdoor.FrontDoorApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code frontdoor.security.api=oidc} the API takes bearer tokens from the council's sign-in service instead of
 * passwords: the token's preferred_username goes on the record and its roles claim decides what is allowed. The
 * sign-in service is stood in for by a key pair made for this test (its public key configured as the service's would be).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.security.api=oidc"})
class OidcBearerTokenTest {
    private static final KeyPair COUNCIL = keys();
    private static final KeyPair SOMEONE_ELSE = keys();
    private static final String CONTACT = """
            {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void councilSignIn(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("council-sign-in", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(COUNCIL.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        pem.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
    }

    @Test
    void aPractitionersTokenRecordsAReferralUnderTheirName() throws Exception {
        HttpResponse<String> created = post("/api/referrals", token(COUNCIL, "jo.smith", List.of("practitioner"), Instant.now().plusSeconds(300)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_event WHERE referral_id = ?").param(id).query(String.class).list())
                .containsExactly("jo.smith");
    }

    @Test
    void aPractitionerKnownOnlyToTheSignInServiceCanBeGivenWork() throws Exception {
        String manager = token(COUNCIL, "mo.manager", List.of("manager"), Instant.now().plusSeconds(300));
        HttpResponse<String> created = post("/api/referrals", token(COUNCIL, "pat.practitioner", List.of("practitioner"), Instant.now().plusSeconds(300)));
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        // nobody called kim has used the service yet: not someone work can go to
        assertThat(post("/api/referrals/" + id + "/allocation", manager, "{\"practitioner\": \"kim.sso\"}").statusCode()).isEqualTo(400);

        // kim signs in through the council's sign-in service and uses the API once
        assertThat(post("/api/referrals", token(COUNCIL, "kim.sso", List.of("practitioner"), Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(201);

        HttpResponse<String> allocated = post("/api/referrals/" + id + "/allocation", manager, "{\"practitioner\": \"kim.sso\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        assertThat(allocated.body()).contains("\"allocatedTo\":\"kim.sso\"").contains("\"allocatedBy\":\"mo.manager\"");
        assertThat(jdbc.sql("SELECT role FROM sso_staff_role WHERE username = 'kim.sso'").query(String.class).list()).containsExactly("practitioner");
    }

    @Test
    void aTokenWithoutTheRoleIsRefused() throws Exception {
        HttpResponse<String> auditor = post("/api/referrals", token(COUNCIL, "ade", List.of("auditor"), Instant.now().plusSeconds(300)));
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.body()).contains("Your roles (auditor) do not allow this");
        HttpResponse<String> unknownRole = post("/api/referrals", token(COUNCIL, "x", List.of("superuser"), Instant.now().plusSeconds(300)));
        assertThat(unknownRole.statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredForgedOrMissingTokenOrAPasswordIsNotSignedIn() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        HttpResponse<String> expired = post("/api/referrals", token(COUNCIL, "jo.smith", List.of("practitioner"), Instant.now().minusSeconds(600)));
        HttpResponse<String> forged = post("/api/referrals", token(SOMEONE_ELSE, "jo.smith", List.of("practitioner"), Instant.now().plusSeconds(300)));
        HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/referrals")));
        HttpResponse<String> password = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/referrals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("pat.practitioner:" + FrontDoorApi.PASSWORD).getBytes())));

        for (HttpResponse<String> r : List.of(expired, forged, none, password)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
    }

    private HttpResponse<String> post(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + bearer));
    }

    private HttpResponse<String> post(String path, String bearer, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CONTACT)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(KeyPair signer, String username, List<String> roles, Instant expires) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("sub-" + username).issuer("https://sign-in.council.example")
                .claim("preferred_username", username).claim("roles", roles)
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
