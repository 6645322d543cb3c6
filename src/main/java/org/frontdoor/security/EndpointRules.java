package org.frontdoor.security;

import static org.frontdoor.security.ActingUser.Role.AUDITOR;
import static org.frontdoor.security.ActingUser.Role.MANAGER;
import static org.frontdoor.security.ActingUser.Role.POLICY_LEAD;
import static org.frontdoor.security.ActingUser.Role.PRACTITIONER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.security.ActingUser.Role;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: one explicit rule for every endpoint, and nothing else is allowed. The filter chains apply these
 * rules in order and deny any request none of them names; {@code EndpointRulesTest} reflects over every request
 * mapping in the running service and fails if one has no rule here, so a new endpoint cannot ship unguarded.
 * Patterns are written exactly as the controllers map them.
 */
public final class EndpointRules {

    /** One endpoint (or family of static files): its method (null: any), its path pattern and the roles allowed (none: public). */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
        public boolean isPublic() {
            return roles.isEmpty();
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean names(HttpMethod m, String p) {
            return pattern.equals(p) && Objects.equals(method, m);
        }
    }

    private static final Set<Role> STAFF = EnumSet.allOf(Role.class);
    private static final Set<Role> CASE_READERS = EnumSet.of(PRACTITIONER, MANAGER, AUDITOR);

    /** Every rule, in the order the filter chains apply them. */
    public static final List<Rule> RULES = List.of(
            // public: partners' guidance, checking a concern (stores nothing), transparency, sign-in, static files, docs, health
            open(GET, "/"), open(GET, "/guidance"), open(GET, "/check"), open(POST, "/check"), open(GET, "/check/result"),
            open(GET, "/transparency"), open(GET, "/rule-sets/{version}/change-notice"),
            open(GET, "/sign-in"),
            open(POST, "/api/assessments"), open(GET, "/api/transparency-record"), open(GET, "/api/rule-sets/in-force"),
            open(GET, "/api/rule-sets/{version}/change-notice"), open(GET, "/api/guidance/indicators"),
            open(GET, "/assets/**"), open(GET, "/webjars/**"), open(GET, "/css/**"), open(GET, "/js/**"), open(GET, "/favicon.ico"),
            open(GET, "/kie/**"),   // the Apache KIE DMN editor's bundle and licences: open-source code, no data
            open(null, "/error"), open(null, "/forbidden"),
            open(GET, "/v3/api-docs"), open(GET, "/v3/api-docs.yaml"), open(GET, "/v3/api-docs/swagger-config"),
            open(GET, "/v3/api-docs/**"), open(GET, "/swagger-ui.html"), open(GET, "/swagger-ui/**"),
            open(GET, "/health"), open(GET, "/health/**"), open(GET, "/info"),

            // referrals: practitioners record and decide, managers authorise and ratify, auditors read
            only(POST, "/api/referrals", PRACTITIONER),
            only(GET, "/api/referrals/{id}", CASE_READERS),
            only(GET, "/api/referrals/{id}/audit", CASE_READERS),
            only(GET, "/api/referrals/{id}/decision", CASE_READERS),
            only(POST, "/api/referrals/{id}/decisions", PRACTITIONER),
            only(POST, "/api/referrals/{id}/authorisations", MANAGER),
            only(POST, "/api/referrals/{id}/ratifications", MANAGER),
            only(POST, "/api/referrals/{id}/send-backs", MANAGER),
            only(POST, "/api/referrals/{id}/allocation", MANAGER),
            only(GET, "/api/referrals/{id}/possible-earlier-contacts", CASE_READERS),
            only(POST, "/api/referrals/{id}/same-child", PRACTITIONER),
            only(GET, "/api/referrals", CASE_READERS),
            only(GET, "/api/referrals/{id}/feedback", CASE_READERS),
            only(POST, "/api/referrals/{id}/feedback/sent", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/api/referrals/{id}/follow-up", CASE_READERS),
            only(POST, "/api/referrals/{id}/follow-up", PRACTITIONER),
            only(POST, "/api/referrals/{id}/follow-up/checked", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/api/referrals/{id}/re-evaluation", EnumSet.of(MANAGER, POLICY_LEAD, AUDITOR)),
            only(GET, "/api/queue", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/api/reports", EnumSet.of(MANAGER, POLICY_LEAD, AUDITOR)),
            only(GET, "/api/retention", EnumSet.of(AUDITOR, MANAGER)),

            // decision tables: every member of staff reads them; only policy leads change them
            only(GET, "/api/rule-sets", STAFF),
            only(GET, "/api/rule-sets/{version}", STAFF),
            only(GET, "/api/rule-sets/{version}/models/{fileName}", STAFF),
            only(GET, "/api/rule-sets/{version}/validation", STAFF),
            only(GET, "/api/rule-sets/{version}/scenario-gate", STAFF),
            only(GET, "/api/rule-sets/{version}/diff", STAFF),
            only(GET, "/api/rule-sets/{version}/impact", EnumSet.of(POLICY_LEAD, AUDITOR)),
            only(POST, "/api/rule-sets/drafts", POLICY_LEAD),
            only(PUT, "/api/rule-sets/{version}/models/{fileName}", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/models", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/scenario-gate", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/intended-changes", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/approval", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/publication", POLICY_LEAD),
            only(POST, "/api/rule-sets/{version}/rollback", POLICY_LEAD),
            only(POST, "/api/sandbox/evaluate", POLICY_LEAD),

            // pages
            only(GET, "/contacts/new", PRACTITIONER), only(POST, "/contacts/new", PRACTITIONER),
            only(GET, "/referrals/{id}", CASE_READERS),
            only(GET, "/referrals/{id}/record", CASE_READERS),
            only(GET, "/referrals/{id}/letter", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/referrals/{id}/decision", PRACTITIONER), only(POST, "/referrals/{id}/decision", PRACTITIONER),
            only(POST, "/referrals/{id}/oversight", MANAGER), only(POST, "/referrals/{id}/allocate", MANAGER),
            only(POST, "/referrals/{id}/feedback-sent", EnumSet.of(PRACTITIONER, MANAGER)),
            only(POST, "/referrals/{id}/follow-up", PRACTITIONER),
            only(POST, "/referrals/{id}/same-child", PRACTITIONER),
            only(POST, "/referrals/{id}/follow-up-checked", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/referrals", CASE_READERS), only(GET, "/my-work", PRACTITIONER),
            only(GET, "/queue", EnumSet.of(PRACTITIONER, MANAGER)),
            only(GET, "/reports", EnumSet.of(MANAGER, POLICY_LEAD, AUDITOR)),
            only(GET, "/rule-sets", STAFF),
            only(GET, "/rule-sets/{version}", STAFF),
            only(GET, "/rule-sets/{version}/tables", STAFF),
            only(GET, "/rule-sets/{version}/impact", EnumSet.of(POLICY_LEAD, AUDITOR)),
            only(POST, "/rule-sets/drafts", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/upload", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/gate", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/intended", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/approve", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/acknowledgements", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/publish", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/rollback", POLICY_LEAD),
            // the table editor (drafts only)
            only(GET, "/rule-sets/{version}/edit", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/edit/{file}/{table}", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/edit/{file}/{table}/rows/new", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/edit/{file}/{table}/rows/new", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}/remove", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}/remove", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}/move", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/edit/{file}/{table}/rows/{number}/move", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/indicators/new", POLICY_LEAD),
            // a version side by side with the one in force: guidance, a worked example (not stored), impact
            only(GET, "/rule-sets/{version}/preview", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/preview", POLICY_LEAD),
            // the Apache KIE DMN editor on a draft's model
            only(GET, "/rule-sets/{version}/dmn-editor/{file}", POLICY_LEAD),
            only(POST, "/rule-sets/{version}/dmn-editor/{file}", POLICY_LEAD),
            only(GET, "/rule-sets/{version}/dmn-editor/{file}/model", POLICY_LEAD));

    /**
     * Change notices (page and API): listed above as public, and public once their version is published; a draft's (or
     * an approved version's not yet published) is for these roles only. Anyone else gets 401, or 403 if signed in.
     */
    public static final Set<String> PUBLIC_ONCE_PUBLISHED = Set.of("/rule-sets/{version}/change-notice", "/api/rule-sets/{version}/change-notice");
    public static final Set<Role> UNPUBLISHED_NOTICE_READERS = EnumSet.of(POLICY_LEAD, AUDITOR);

    private EndpointRules() {
    }

    /** The rule written for exactly this method and pattern, if there is one. */
    public static Optional<Rule> find(HttpMethod method, String pattern) {
        return RULES.stream().filter(r -> r.names(method, pattern)).findFirst();
    }

    private static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Set.of());
    }

    private static Rule only(HttpMethod method, String pattern, Role role) {
        return new Rule(method, pattern, EnumSet.of(role));
    }

    private static Rule only(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, EnumSet.copyOf(roles));
    }
}
