package org.frontdoor.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.FrontDoorApi;

/**
 * A browser-like client for the security tests: its own cookie jar, no redirects followed, the CSRF token read from
 * the pages it gets, and optionally HTTP Basic credentials for the API. Public for the tests of other modules that read pages.
 */
public final class StaffSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final String basic;
    private String csrf;

    private StaffSession(int port, String basicUser) {
        this(port, basicUser, FrontDoorApi.PASSWORD);
    }

    private StaffSession(int port, String basicUser, String password) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.basic = basicUser == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((basicUser + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static StaffSession basicWithPassword(int port, String username, String password) {
        return new StaffSession(port, username, password);
    }

    /** A request riding on the session's cookie without its CSRF token, as a forged cross-site form would. */
    HttpResponse<String> sendWithoutCsrf(String method, String path, String contentType, String body) {
        String token = csrf;
        csrf = null;
        try {
            return send(method, path, contentType, body);
        } finally {
            csrf = token;
        }
    }

    /** Nobody signed in (but with a session and a CSRF token, so a refused POST is refused by the rules, not by CSRF). */
    static StaffSession anonymous(int port) {
        StaffSession s = new StaffSession(port, null);
        s.refreshCsrf();
        return s;
    }

    /** Signed in on the sign-in page as a demo user. */
    public static StaffSession signedIn(int port, String username) {
        StaffSession s = anonymous(port);
        HttpResponse<String> response = s.form("/sign-in", "username=" + username + "&password=" + FrontDoorApi.PASSWORD);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + response.statusCode() + " " + response.headers().map());
        }
        s.refreshCsrf();   // the token changes at sign-in
        return s;
    }

    /** API calls with HTTP Basic credentials of a demo user, no cookies needed. */
    public static StaffSession basic(int port, String username) {
        return new StaffSession(port, username);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (basic != null) {
            b.header("Authorization", basic);
        }
        if (csrf != null && !method.equals("GET")) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> form(String path, String body) {
        String withToken = csrf == null ? body : body + "&_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send("POST", path, "application/x-www-form-urlencoded", withToken);
    }

    private void refreshCsrf() {
        Matcher m = CSRF.matcher(get("/sign-in").body());
        csrf = m.find() ? m.group(1) : null;
    }

    String csrf() {
        return csrf;
    }
}
