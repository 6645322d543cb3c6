package org.frontdoor.scenarios;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The scenarios' HTTP client for one instance of the service: paths are relative to the instance's base URL, and
 * 4xx/5xx answers are returned, not thrown, because steps assert on statuses and problem+json bodies.
 */
public final class ScenarioHttp {
    private final RestClient client;

    public ScenarioHttp(String baseUrl) {
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(jdk);
        requests.setReadTimeout(Duration.ofSeconds(60));
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

    /** Any method, with the request's headers (such as X-User and X-Role) and body when it has one. */
    public <T> ResponseEntity<T> exchange(String path, HttpMethod method, HttpEntity<?> request, Class<T> type) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (request != null) {
            spec.headers(h -> h.addAll(request.getHeaders()));
            if (request.getBody() != null) {
                spec.body(request.getBody());
            }
        }
        return spec.retrieve().toEntity(type);
    }
}
