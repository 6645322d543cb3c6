package org.frontdoor.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.security.ActingUser;
import org.frontdoor.security.SignedIn;
import org.springframework.stereotype.Component;

/**
 * Who is signed in on a page. The endpoint rules already send anyone not signed in to /sign-in before a staff page
 * runs, so {@link #require} failing is a second line only.
 */
@Component
class PageIdentity {

    Optional<ActingUser> current(HttpSession session) {
        return SignedIn.current();
    }

    /** Who is acting on a staff page; if nobody is signed in, they are sent to sign in and brought back to {@code returnTo}. */
    ActingUser require(HttpSession session, String returnTo) {
        return current(session).orElseThrow(() -> new SignInNeeded(returnTo));
    }
}
