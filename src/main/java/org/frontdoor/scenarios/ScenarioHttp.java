package org.frontdoor.scenarios;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The scenarios' HTTP client for one instance of the service: paths are relative to the instance's base URL, and
 * 4xx/5xx answers are returned, not thrown, because steps assert on statuses and problem+json bodies. Requests are
 * signed in (HTTP Basic) as one of the instance's demo users: the practitioner {@value #PRACTITIONER} unless a step
 * says who acts with {@link #as(String)}.
 */
public final class ScenarioHttp {
    public static final String PRACTITIONER = "pat.practitioner";

    private final RestClient client;
    private final String username;
    private final String password;

    private ScenarioHttp(RestClient client, String username, String password) {
        this.client = client;
        this.username = username;
        this.password = password;
    }

    /** The requests of another demo user (e.g. morgan.manager, asha.policy, ade.auditor), or anonymous when null. */
    public ScenarioHttp as(String user) {
        return new ScenarioHttp(client, user, password);
    }

    public ScenarioHttp(String baseUrl, String password) {
        this.username = PRACTITIONER;
        this.password = password;
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(jdk);
        requests.setReadTimeout(Duration.ofMinutes(5));   // a scenario-gate run starts a worker JVM and a service instance
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** POST of the request's body (if any) with its headers, e.g. a JSON contact. */
    public <T> ResponseEntity<T> postForEntity(String path, HttpEntity<?> request, Class<T> type) {
        return exchange(path, HttpMethod.POST, request, type);
    }

    public <T> ResponseEntity<T> getForEntity(String path, Class<T> type) {
        return exchange(path, HttpMethod.GET, null, type);
    }

    /** The body of a GET, whatever the status (null when there is none). */
    public <T> T getForObject(String path, Class<T> type) {
        return getForEntity(path, type).getBody();
    }

    /** Any method, with the request's headers (such as Content-Type) and body when it has one. */
    public <T> ResponseEntity<T> exchange(String path, HttpMethod method, HttpEntity<?> request, Class<T> type) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (username != null) {
            spec.headers(h -> h.setBasicAuth(username, password, StandardCharsets.UTF_8));
        }
        if (request != null) {
            spec.headers(h -> h.addAll(request.getHeaders()));
            if (request.getBody() != null) {
                spec.body(request.getBody());
            }
        }
        return spec.retrieve().toEntity(type);
    }
}
