package org.frontdoor.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Pages and API responses that carry a child's details are never kept by a browser, a proxy or the back button's
 * cache: {@code Cache-Control: no-store} and {@code Pragma: no-cache} (HTTP/1.0 caches), set before anything else
 * runs, so they are on refusals and errors too, and nothing further down can loosen them. Spring Security's default
 * headers already say no-store on most responses, but step back as soon as anything else sets Cache-Control; this
 * does not. Issue 14.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)   // just inside RelativeRedirects, ahead of Spring Security's chains
class NoStoreForPersonalData extends OncePerRequestFilter {
    static final String NO_STORE = "no-store";

    /** Where a child's details are shown or returned: referrals, the record, the decision, the queue, the contact form, checks. */
    static final List<String> PATHS = List.of("/referrals/**", "/queue", "/contacts/**", "/check", "/check/result",
            "/rule-sets/*/impact", "/api/referrals", "/api/referrals/**", "/api/queue", "/api/assessments", "/api/sandbox/**",
            "/api/rule-sets/*/impact");

    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "pragma", "expires");
    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesPersonalData(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!cacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!cacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!cacheHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!cacheHeader(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    /** An error page is rendered for the address that failed, so it goes by that address. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static boolean carriesPersonalData(String path) {
        return path != null && PATHS.stream().anyMatch(p -> MATCHER.match(p, path));
    }

    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String uri) {
            String context = request.getContextPath();
            return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        }
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);   // decoded, without ;parameters
    }

    private static boolean cacheHeader(String name) {
        return name != null && CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
