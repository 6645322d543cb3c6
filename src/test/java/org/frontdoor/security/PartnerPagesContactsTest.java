package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a school, GP or police officer reads on the public pages: the council's contact details where they must act
 * (every phone a tel: link), a guidance search that understands their words, and no placeholder anywhere. Runs in
 * NoDeadLinksTest's application context (the same properties), so it starts no context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:links;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class PartnerPagesContactsTest {
    /** The invented defaults of application.yml (council.CouncilContacts.SAMPLE). */
    private static final List<String> CONTACT_LINKS = List.of(
            "id=\"contact-front-door-phone\" href=\"tel:+441632960123\"",
            "id=\"contact-out-of-hours-phone\" href=\"tel:+441632960456\"",
            "id=\"contact-consultation-phone\" href=\"tel:+441632960789\"",
            "id=\"contact-referral-form\" href=\"https://thamesbridge.example.org/refer-a-child\"",
            "id=\"contact-email\" href=\"mailto:childrens.frontdoor@thamesbridge.example.org\"",
            "id=\"contact-escalation-policy\" href=\"https://thamesbridge.example.org/safeguarding/escalation-policy\"");
    private static final List<String> PLACEHOLDERS = List.of("[telephone]", "[email", "[front door", "[Front door", "[Council name]");

    @LocalServerPort
    int port;

    @Test
    void aCheckResultSaysWhoToContactWithEveryPhoneALink() {
        for (String result : checkResults().values()) {
            assertThat(result).contains("Who to contact");
            CONTACT_LINKS.forEach(link -> assertThat(result).contains(link));
        }
    }

    @Test
    void theGuidanceGivesTheContactsItsDatesAndTheFrontDoorNumberAtTheTop() {
        String page = get("/guidance");
        CONTACT_LINKS.forEach(link -> assertThat(page).contains(link));
        assertThat(page).contains("ring the front door on <a class=\"govuk-link fd-phone\" href=\"tel:+441632960123\">01632 960123</a>");
        assertThat(page).containsPattern("Published <strong>\\d{1,2} [A-Z][a-z]+ \\d{4}</strong>");
        assertThat(page).containsPattern("Review by <strong>\\d{1,2} [A-Z][a-z]+ \\d{4}</strong>");
    }

    @Test
    void theGuidanceSearchUnderstandsPartnersWordsAndSuggestsWhenNothingMatches() {
        assertThat(get("/guidance?q=" + enc("Baby with a bruise"))).contains("(L4-CD-01)").doesNotContain("(L1-CD-01)");
        assertThat(get("/guidance?q=" + enc("gangs"))).contains("(L4-CD-06)");
        assertThat(get("/guidance?q=" + enc("not eating"))).contains("(L4-CD-11)");
        assertThat(get("/guidance?q=" + enc("selfharm"))).contains("(L3-CD-08)", "(L2-CD-06)");

        String misspelt = get("/guidance?q=" + enc("bruse"));
        assertThat(misspelt).contains("0 results for", "id=\"did-you-mean\"", "href=\"/guidance?q=bruise\"", "id=\"common-topics\"");
        assertThat(misspelt).contains("href=\"/guidance?q=neglect\"");
    }

    @Test
    void noPublicPageOrCheckResultShowsAPlaceholder() {
        Map<String, String> pages = publicPages();
        pages.forEach((name, html) -> PLACEHOLDERS.forEach(p -> assertThat(html).as(name).doesNotContain(p)));
    }

    /**
     * Nothing a partner or family reads carries the tables' working notes: "(local example)", a bracketed source key such
     * as [KENT-L3] or the brief's section numbers ("domain.md §3"). The documents are named and linked instead.
     */
    @Test
    void noPublicPageOrCheckResultSaysLocalExampleOrCitesABracketedKey() {
        Map<String, String> pages = publicPages();
        pages.forEach((name, html) -> {
            assertThat(html).as(name).doesNotContain("(local example)", "(local)", "domain.md");
            assertThat(html).as(name).doesNotContainPattern("\\[[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\\]");
        });
        assertThat(pages.get("check: allegation")).contains("Tell the LADO", "Within 1 working day");
        assertThat(pages.get("check: missing, exploitation")).contains("report it to the police", "share what you know");
        assertThat(pages.get("check: immediate danger")).contains("Call 999 now");
        assertThat(pages.get("check: immediate danger")).containsPattern("See: <a class=\"govuk-link\" href=\"https://");
    }

    @Test
    void theNavigationShowsEachReaderOnlyWhatTheyMayOpen() {
        String[] staffLinks = {"href=\"/contacts/new\"", "href=\"/queue\"", "href=\"/reports\"", "href=\"/rule-sets\""};
        for (String path : List.of("/", "/guidance", "/check")) {
            assertThat(navigation(get(path))).as(path).contains("href=\"/guidance\"", "href=\"/check\"").doesNotContain(staffLinks);
        }
        String practitioner = navigation(StaffSession.signedIn(port, "pat.practitioner").get("/guidance").body());
        assertThat(practitioner).contains("href=\"/contacts/new\"", "href=\"/queue\"", "href=\"/rule-sets\"").doesNotContain("href=\"/reports\"");
        String auditor = navigation(StaffSession.signedIn(port, "ade.auditor").get("/guidance").body());
        assertThat(auditor).contains("href=\"/reports\"", "href=\"/rule-sets\"").doesNotContain("href=\"/contacts/new\"", "href=\"/queue\"");
    }

    @Test
    void aVersionThatDoesNotExistIsAPageNotFoundNotJson() {
        java.net.http.HttpResponse<String> page = StaffSession.signedIn(port, "asha.policy").get("/rule-sets/99");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("govuk-heading-xl").doesNotContain("\"type\":");
    }

    /** The service navigation only (the start page also lists staff pages, each behind the sign-in). */
    private static String navigation(String html) {
        int from = html.indexOf("id=\"navigation\"");
        return from < 0 ? "" : html.substring(from, html.indexOf("</ul>", from));
    }

    private Map<String, String> publicPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/guidance", "/guidance?q=neglect", "/guidance?q=zzzz", "/check", "/transparency",
                "/rule-sets/1/change-notice", "/sign-in")) {
            pages.put(path, get(path));
        }
        pages.putAll(checkResults());
        return pages;
    }

    /** A check for each kind of answer: early help, a child in immediate danger, an allegation against a teacher, a missing child. */
    private Map<String, String> checkResults() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("check: behaviour, consent", check("referrer.type=school&children[0].ageYears=9&concerns=L2-CD-07&consent.status=given"));
        results.put("check: immediate danger", check("referrer.type=police&children[0].ageYears=4&circumstances=immediate-danger"));
        results.put("check: allegation", check("referrer.type=school&children[0].ageYears=12"
                + "&circumstances=allegation-against-person-working-with-children"));
        results.put("check: missing, exploitation", check("referrer.type=police&children[0].ageYears=14&circumstances=missing-episode"
                + "&concerns=L3-CD-06&consent.status=not-sought-risk"));
        return results;
    }

    private String check(String form) {
        StaffSession partner = StaffSession.anonymous(port);
        String body = form.replace("[", "%5B").replace("]", "%5D") + "&children%5B0%5D.ref=child-1";
        HttpResponse<String> posted = partner.form("/check", body);
        assertThat(posted.statusCode()).as("check " + form + ": " + posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/check/result");
        HttpResponse<String> result = partner.get("/check/result");
        assertThat(result.statusCode()).isEqualTo(200);
        return oneLine(result.body());
    }

    private String get(String path) {
        HttpResponse<String> response = StaffSession.anonymous(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return oneLine(response.body());
    }

    /** The page with every run of white space as one space, as a reader sees it. */
    private static String oneLine(String html) {
        return html.replaceAll("\\s+", " ");
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
