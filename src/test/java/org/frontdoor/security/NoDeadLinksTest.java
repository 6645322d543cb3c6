package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every link on the start page and in the header and footer leads somewhere: for someone not signed in, to the page
 * or to the sign-in page; for each role, to the page or a clear 403, never a 404 or an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:links;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class NoDeadLinksTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @Test
    void everyLinkOnTheStartPageLeadsSomewhereForEveryone() {
        List<String> broken = new ArrayList<>();
        StaffSession anonymous = StaffSession.anonymous(port);
        Set<String> links = links(anonymous.get("/").body());
        assertThat(links).contains("/sign-in", "/guidance", "/check", "/contacts/new");
        for (String link : links) {
            int status = anonymous.get(link).statusCode();
            if (status != 200 && status != 302) {
                broken.add("anonymous " + link + " -> " + status);
            }
        }
        java.util.Map<String, Integer> opened = new java.util.HashMap<>();   // link -> how many roles could open it
        for (String user : EndpointRulesTest.USER.values()) {
            StaffSession signedIn = StaffSession.signedIn(port, user);
            for (String link : links(signedIn.get("/").body())) {
                HttpResponse<String> response = signedIn.get(link);
                int status = response.statusCode();
                boolean redirectedElsewhere = status == 302 && !response.headers().firstValue("Location").orElse("").endsWith("/sign-in");
                if (status != 200 && status != 403 && !redirectedElsewhere) {
                    broken.add(user + " " + link + " -> " + status);
                }
                opened.merge(link, status == 200 || redirectedElsewhere ? 1 : 0, Integer::sum);
            }
        }
        opened.forEach((link, roles) -> {
            if (roles == 0) {
                broken.add(link + " opens for no role");
            }
        });
        assertThat(broken).isEmpty();
    }

    private static Set<String> links(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("/webjars/") && !m.group(1).startsWith("/assets/") && !m.group(1).startsWith("/css/")) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
