package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.frontdoor.security.ActingUser.Role;
import org.frontdoor.security.EndpointRules.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running service maps (controllers, error page, API docs, actuator) has its own written rule, and
 * each protected one really refuses: 401 (API) or the sign-in page (pages) for nobody signed in, 403 for a signed-in
 * user whose roles the rule does not name, and neither for a role it does name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:endpoint-rules;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class EndpointRulesTest {
    /** One demo user holding each role (and only that role). */
    static final Map<Role, String> USER = new EnumMap<>(Map.of(Role.PRACTITIONER, "pat.practitioner", Role.MANAGER, "morgan.manager",
            Role.POLICY_LEAD, "asha.policy", Role.AUDITOR, "ade.auditor"));

    record Endpoint(HttpMethod method, String pattern) {
        @Override
        public String toString() {
            return (method == null ? "ANY" : method.name()) + " " + pattern;
        }
    }

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void everyMappedEndpointHasAnExplicitRule() {
        List<Endpoint> mapped = mapped();
        assertThat(mapped).as("the service's request mappings").hasSizeGreaterThan(60);
        List<Endpoint> missing = mapped.stream().filter(e -> EndpointRules.find(e.method(), e.pattern()).isEmpty()).toList();
        assertThat(missing).as("endpoints without a rule in EndpointRules (add one: nothing is allowed by default)").isEmpty();
    }

    @Test
    void everyRuleNamesAnEndpointThatExists() {
        List<Endpoint> mapped = mapped();
        List<Rule> stale = EndpointRules.RULES.stream()
                .filter(r -> !r.pattern().contains("*") && !r.pattern().equals("/favicon.ico"))
                .filter(r -> mapped.stream().noneMatch(e -> r.pattern().equals(e.pattern()) && java.util.Objects.equals(r.method(), e.method())))
                .toList();
        assertThat(stale).as("rules for endpoints that no longer exist").isEmpty();
    }

    @Test
    void nothingUnmappedIsLetThrough() {
        assertThat(StaffSession.anonymous(port).get("/api/not-an-endpoint").statusCode()).isEqualTo(401);
        assertThat(StaffSession.basic(port, "pat.practitioner").get("/api/not-an-endpoint").statusCode()).isEqualTo(403);
        // a mistyped page address is a "Page not found" page, signed in or not (nothing answers it, so nothing leaks)
        var signedIn = StaffSession.signedIn(port, "pat.practitioner").get("/not-a-page");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Page not found").contains("If you typed the web address, check it is correct");
        var anonymous = StaffSession.anonymous(port).get("/referals");
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.body()).contains("Page not found").doesNotContain("Sign in to");
        assertThat(StaffSession.basic(port, "pat.practitioner").send("POST", "/not-a-page", "application/json", "{}").statusCode()).isIn(401, 403);
    }

    @Test
    void theApiDocumentationSaysHowToSignInAndWhichRolesEachOperationNeeds() throws Exception {
        var docs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(StaffSession.anonymous(port).get("/v3/api-docs").body());
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        var ratify = docs.at("/paths/~1api~1referrals~1{id}~1ratifications/post");
        assertThat(ratify.at("/security/0").has("basic")).isTrue();
        assertThat(ratify.at("/description").asText()).contains("Signed in as: manager.");
        assertThat(docs.at("/paths/~1api~1assessments/post/security").isMissingNode()).as("public: no sign-in").isTrue();
    }

    @TestFactory
    Stream<DynamicTest> nobodySignedInIsRefusedEveryProtectedEndpoint() {
        StaffSession anonymous = StaffSession.anonymous(port);
        return protectedRules().map(rule -> DynamicTest.dynamicTest(rule.method() + " " + rule.pattern(), () -> {
            HttpResponse<String> response = call(anonymous, rule);
            if (rule.isApi()) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRoleTheRuleDoesNotNameIsRefused() {
        return protectedRules().flatMap(rule -> EnumSet.complementOf(EnumSet.copyOf(rule.roles())).stream()
                .map(role -> DynamicTest.dynamicTest(rule.method() + " " + rule.pattern() + " as " + role.words(), () -> {
                    HttpResponse<String> response = call(as(role, rule), rule);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                    if (rule.isApi()) {
                        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                        assertThat(response.body()).contains("Your roles (" + role.words() + ") do not allow this");
                    } else {
                        assertThat(response.body()).contains("this is not open to your role");
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> aRoleTheRuleNamesIsLetThrough() {
        return protectedRules().flatMap(rule -> rule.roles().stream()
                .map(role -> DynamicTest.dynamicTest(rule.method() + " " + rule.pattern() + " as " + role.words(), () -> {
                    HttpResponse<String> response = call(as(role, rule), rule);
                    // the request reaches the endpoint: it may still be refused for what it says (400, 404, 409...)
                    assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
                })));
    }

    private StaffSession as(Role role, Rule rule) {
        return rule.isApi() ? StaffSession.basic(port, USER.get(role)) : StaffSession.signedIn(port, USER.get(role));
    }

    private static HttpResponse<String> call(StaffSession session, Rule rule) {
        String path = rule.pattern().replaceAll("\\{[^}]+}", "no-such-thing");
        String method = rule.method().name();
        if (method.equals("GET")) {
            return session.get(path);
        }
        if (rule.isApi()) {
            return session.send(method, path, "application/json", "{}");
        }
        return session.form(path, "x=1");
    }

    private static Stream<Rule> protectedRules() {
        return EndpointRules.RULES.stream().filter(r -> !r.isPublic());
    }

    private List<Endpoint> mapped() {
        Set<Endpoint> all = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        all.add(new Endpoint(null, pattern));
                    }
                    methods.forEach(m -> all.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
                }
            }
        }
        return new ArrayList<>(all);
    }
}
