package org.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The calls the API tests make over and over: record a referral, act on it as someone, sign in as a demo user. */
public final class FrontDoorApi {
    /** The demo profile's password (the tests run with the demo profile: see the pom). */
    public static final String PASSWORD = "front-door-demo";

    private FrontDoorApi() {
    }

    /**
     * The demo user a test's short name stands for: pat and sam (practitioners), morgan and alex (managers), asha and ben
     * (policy leads), ade (auditor). A full username (with a dot) is taken as it is.
     */
    public static String account(String name) {
        String first = name.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (first.contains(".")) {
            return first;
        }
        return switch (first) {
            case "pat", "sam" -> first + ".practitioner";
            case "morgan", "alex" -> first + ".manager";
            case "asha", "ben" -> first + ".policy";
            case "ade" -> "ade.auditor";
            default -> throw new IllegalArgumentException("no demo user is called " + name);
        };
    }

    /** The same client, signed in (HTTP Basic) as the demo user the name stands for. */
    public static TestRestTemplate as(TestRestTemplate http, String name) {
        return http.withBasicAuth(account(name), PASSWORD);
    }

    /** Records a contact and returns the new referral's id. */
    public static String record(TestRestTemplate http, String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = as(http, "pat").postForEntity("/api/referrals", new HttpEntity<>(contact, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String location = response.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** POSTs to /api/referrals/{id}/{action} as the given (demo) user, expecting success. */
    public static void act(TestRestTemplate http, String id, String action, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = as(http, user).postForEntity("/api/referrals/" + id + "/" + action,
                new HttpEntity<>(body == null ? "" : body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
