package org.frontdoor.security;

import java.util.List;
import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is signed in, as an {@link ActingUser}: the authenticated user's name (the username of a form or HTTP Basic
 * sign-in, or the token's username claim) and the roles they were granted. Controllers take an {@code ActingUser}
 * parameter; this is the only place that knows it comes from Spring Security.
 */
@Component
public class SignedIn implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    /** The signed-in user of the current request, if any. */
    public static Optional<ActingUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Optional.of(new ActingUser(auth.getName(), ActingUser.Role.fromAuthorities(authorities)));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ActingUser.class;
    }

    @Override
    public ActingUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
        // the endpoint rules let no anonymous request reach an endpoint that needs a user; this is the second line
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign-in needed"));
    }
}
