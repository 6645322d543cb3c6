package org.frontdoor.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.frontdoor.security.ActingUser.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains with the same {@link EndpointRules}:
 * <ul>
 *   <li>{@code /api/**}: stateless. Every request that changes data carries its own credentials (HTTP Basic against the
 *       users table, or, with {@code frontdoor.security.api=oidc}, a bearer token from the council's single sign-on);
 *       a signed-in page session counts only for reads ({@link PageSessionForReads}), so a browser session cannot be
 *       ridden across sites to change anything and the API needs no CSRF token. 401/403 are problem+json.</li>
 *   <li>everything else (the pages): form sign-in at /sign-in, a session cookie, CSRF tokens on every form, sign-out.</li>
 * </ul>
 * Both send a Content-Security-Policy that allows only this site's own files, and refuse framing.
 */
@Configuration
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfig {
    /** Only this site's files; no inline script or style; never framed. Swagger UI needs inline styles and data: images. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The one page that opens the Apache KIE DMN editor: its bundle (served from this site) adds inline styles and
     * scripts, builds its canvas in frames and workers from blob: addresses and uses data: fonts. Everything still comes
     * from this site; nothing may be sent elsewhere, framed or posted elsewhere.
     */
    static final String EDITOR_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; frame-src 'self' blob: data:; worker-src 'self' blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The editor's page (not its model download, not any other page): /rule-sets/{version}/dmn-editor/{file}, as decoded by the container. */
    private static final java.util.regex.Pattern EDITOR_PAGE = java.util.regex.Pattern.compile("/rule-sets/[^/]+/dmn-editor/[^/]+");

    private final ObjectProvider<PublishedVersions> published;

    private final ObjectProvider<SingleSignOnStaff> staff;

    SecurityConfig(ObjectProvider<PublishedVersions> published, ObjectProvider<SingleSignOnStaff> staff) {
        this.staff = staff;
        this.published = published;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    VerifiedPasswords verifiedPasswords(UserAccounts accounts, PasswordEncoder encoder, AccessProperties properties) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        return new VerifiedPasswords(dao, properties, accounts::recordSuccess, accounts::usable, accounts::reserveAttempt);
    }

    @Bean
    AuthenticationManager authenticationManager(VerifiedPasswords passwords, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(passwords.provider());
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, AccessProperties properties, AuthenticationManager manager, ObjectMapper json,
                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        boolean oidc = properties.api() == AccessProperties.ApiAuthentication.OIDC;
        AuthProblems problems = new AuthProblems(json, oidc ? "Bearer" : "Basic realm=\"front door\", charset=\"UTF-8\"");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(this::rules)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(s -> s.securityContextRepository(new PageSessionForReads()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(this::headers);
        if (oidc) {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("frontdoor.security.api=oidc needs the council's sign-in service: set "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri (FRONTDOOR_OIDC_ISSUER_URI)");
            }
            JwtAuthenticationConverter tokens = tokens(properties);
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(jwt -> {
                        var authentication = tokens.convert(jwt);
                        // the person can now be given work, though the users table does not know them
                        SingleSignOnStaff people = staff.getIfAvailable();
                        if (people != null && authentication != null) {
                            people.seen(authentication.getName(), jwt.getClaimAsString("name"), authentication.getAuthorities().stream()
                                    .map(a -> Role.fromAuthority(a.getAuthority())).flatMap(Optional::stream).toList());
                        }
                        return authentication;
                    }))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.authenticationManager(manager).httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/sign-in?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException e)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                getRedirectStrategy().sendRedirect(request, response, e instanceof LockedException ? "/sign-in?locked" : "/sign-in?error");
            }
        };
        HttpSessionRequestCache returnTo = new HttpSessionRequestCache();
        returnTo.setMatchingRequestParameterName(null);   // back to the page asked for, without a "?continue" on its address
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
                    rules(a);
                })
                .authenticationManager(manager)
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in").failureHandler(failed))
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .requestCache(cache -> cache.requestCache(returnTo))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    request.setAttribute(ForbiddenPage.REASON, denied instanceof CsrfException ? "expired" : "role");
                    response.setStatus(403);
                    request.getRequestDispatcher(ForbiddenPage.PATH).forward(request, response);
                }))
                .headers(this::headers);
        return http.build();
    }

    private void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        for (EndpointRules.Rule rule : EndpointRules.RULES) {
            var matcher = rule.method() == null ? a.requestMatchers(rule.pattern()) : a.requestMatchers(rule.method(), rule.pattern());
            if (rule.isPublic() && EndpointRules.PUBLIC_ONCE_PUBLISHED.contains(rule.pattern())) {
                matcher.access(this::noticeAccess);
            } else if (rule.isPublic()) {
                matcher.permitAll();
            } else {
                matcher.hasAnyAuthority(rule.roles().stream().map(Role::authority).toArray(String[]::new));
            }
        }
        // a page address no rule names is answered by no handler either (EndpointRulesTest): let a GET through to the
        // "Page not found" page rather than say "not open to your role" or send a partner to the staff sign-in
        a.requestMatchers(request -> "GET".equals(request.getMethod()) && !request.getServletPath().startsWith("/api/")).permitAll();
        a.anyRequest().denyAll();
    }

    /** An approved or published version's change notice: anyone. A draft's: only policy leads and auditors (anonymous: 401, others: 403). */
    private AuthorizationDecision noticeAccess(java.util.function.Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        String version = context.getVariables().get("version");
        PublishedVersions versions = published.getIfAvailable();
        if (version != null && versions != null && versions.published(version)) {
            return new AuthorizationDecision(true);
        }
        Authentication who = authentication.get();
        Set<String> allowed = EndpointRules.UNPUBLISHED_NOTICE_READERS.stream().map(Role::authority).collect(java.util.stream.Collectors.toSet());
        boolean granted = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)
                && who.getAuthorities().stream().anyMatch(a -> allowed.contains(a.getAuthority()));
        return new AuthorizationDecision(granted);
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.addHeaderWriter((request, response) -> {
            boolean editor = "GET".equals(request.getMethod())
                    && EDITOR_PAGE.matcher(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())).matches();
            response.setHeader("Content-Security-Policy", editor ? EDITOR_CSP : CSP);
        })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(c -> { })
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /** A council sign-in token: the username claim names the user, the roles claim lists practitioner, manager, policy-lead or auditor. */
    static JwtAuthenticationConverter tokens(AccessProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(properties.usernameClaim());
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> words = Optional.ofNullable(jwt.getClaimAsStringList(properties.rolesClaim())).orElse(List.of());
            return words.stream().map(Role::fromWord).flatMap(Optional::stream)
                    .map(r -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        });
        return converter;
    }
}
