package org.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The calls the API tests make over and over: record a referral, act on it as someone. */
public final class FrontDoorApi {
    private FrontDoorApi() {
    }

    /** Records a contact and returns the new referral's id. */
    public static String record(TestRestTemplate http, String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String location = response.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** POSTs to /api/referrals/{id}/{action} as the given user and role, expecting success. */
    public static void act(TestRestTemplate http, String id, String action, String body, String user, String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-User", user);
        headers.set("X-Role", role);
        ResponseEntity<String> response = http.postForEntity("/api/referrals/" + id + "/" + action,
                new HttpEntity<>(body == null ? "" : body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
