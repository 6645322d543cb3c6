package org.frontdoor.security;

/** Where a page request the rules refuse is forwarded (status 403), and the request attribute saying why. */
public final class ForbiddenPage {
    public static final String PATH = "/forbidden";
    /** "role": the signed-in user's roles do not allow it; "expired": the form's CSRF token is missing or stale. */
    public static final String REASON = ForbiddenPage.class.getName() + ".reason";

    private ForbiddenPage() {
    }
}
