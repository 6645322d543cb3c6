package org.frontdoor.web;

import org.frontdoor.security.ActingUser;
import org.frontdoor.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user (or the public) may open a page, by the same rules that guard it
 * ({@link EndpointRules}): the navigation shows only what its reader can use.
 */
@Component("pageAccess")
public class PageAccess {
    /** @param pattern a page's path pattern as EndpointRules names it, e.g. "/queue"; @param user null for the public */
    public boolean allows(String pattern, ActingUser user) {
        return EndpointRules.find(HttpMethod.GET, pattern)
                .map(r -> r.isPublic() || user != null && r.roles().stream().anyMatch(user.roles()::contains))
                .orElse(false);
    }
}
