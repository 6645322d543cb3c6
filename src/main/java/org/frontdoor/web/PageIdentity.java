package org.frontdoor.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.security.ActingUser;
import org.frontdoor.security.ActingUser.Role;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY identity for pages, until sign-in exists: the person says who they are and in which role on the
 * "Who is acting" page, and it is kept in their session. This is the only class of the pages that knows where an
 * {@link ActingUser} comes from; the Spring Security issue replaces it (read the authenticated principal instead)
 * together with {@code security.HeaderIdentity}, and the page controllers do not change.
 */
@Component
class PageIdentity {
    private static final String SESSION_KEY = PageIdentity.class.getName();
    static final int MAX_NAME = 100;

    Optional<ActingUser> current(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(SESSION_KEY)).map(ActingUser.class::cast);
    }

    /** Who is acting on a staff page; if nobody has said, they are sent to say so and brought back to {@code returnTo}. */
    ActingUser require(HttpSession session, String returnTo) {
        return current(session).orElseThrow(() -> new SignInNeeded(returnTo));
    }

    /** Remembers who is acting; returns the problem with the name or role, if any. */
    Optional<String> actAs(HttpSession session, String name, String role) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            return Optional.of("name");
        }
        Optional<Role> found = Arrays.stream(Role.values()).filter(r -> r.word().equals(role)).findFirst();
        if (found.isEmpty()) {
            return Optional.of("role");
        }
        session.setAttribute(SESSION_KEY, new ActingUser(n, found.get()));
        return Optional.empty();
    }

    void forget(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
    }
}
