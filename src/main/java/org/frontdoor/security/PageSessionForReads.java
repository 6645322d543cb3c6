package org.frontdoor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's security context: a signed-in page session counts for reads (GET, HEAD), so the pages' own links into the
 * API (the report as CSV, a DMN file to download) work in the browser; it never counts for anything that changes
 * data, which needs credentials on the request itself (HTTP Basic or a token), so a forged cross-site request riding
 * on the session cookie is refused without any CSRF token. Nothing is ever saved to a session by the API.
 */
final class PageSessionForReads implements SecurityContextRepository {
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return safe(holder.getRequest()) ? sessions.loadContext(holder) : SecurityContextHolder.createEmptyContext();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (safe(request)) {
            return sessions.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return SecurityContextHolder.createEmptyContext();
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the API never writes a session
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return safe(request) && sessions.containsContext(request);
    }

    private static boolean safe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
