package org.frontdoor.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects name a path, never a host. Tomcat makes no absolute address of a relative one
 * ({@code server.tomcat.use-relative-redirects}), but Spring Security builds some addresses itself from the request's
 * {@code Host} header (the sign-in page a protected page sends you to, the page asked for before signing in). Any
 * {@code Location} that points back at this request's own host is cut down to its path, query and fragment here, so
 * a {@code Host} header from an untrusted client is never reflected into a redirect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(request, location));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }
        });
    }

    /** The path, query and fragment of an absolute address on this request's own host; anything else unchanged. */
    static String relative(HttpServletRequest request, String location) {
        if (location == null || !(location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8))) {
            return location;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath().replaceFirst("^/+", "/");   // never "//host"
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
