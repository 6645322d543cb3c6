package org.frontdoor.security;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.frontdoor.security.ActingUser.Role;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * TEMPORARY identity, until sign-in exists: the acting user and role are taken on trust from the {@code X-User}
 * and {@code X-Role} request headers. This is the only place that knows where an {@link ActingUser} comes from;
 * the Spring Security issue replaces this class (resolve {@link ActingUser} from the authenticated principal and
 * its granted role instead) and nothing else needs to change.
 */
@Configuration
class HeaderIdentity implements WebMvcConfigurer, HandlerMethodArgumentResolver {
    static final String USER = "X-User";
    static final String ROLE = "X-Role";

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
        String user = request.getHeader(USER);
        if (user == null || user.isBlank() || user.strip().length() > 100) {
            throw new ActingUser.IdentityMissing(USER, "must name the acting user (1 to 100 characters)");
        }
        String role = request.getHeader(ROLE);
        Role found = Arrays.stream(Role.values()).filter(r -> r.word().equals(role)).findFirst()
                .orElseThrow(() -> new ActingUser.IdentityMissing(ROLE, "must be practitioner, manager or policy-lead"));
        return new ActingUser(user.strip(), found);
    }

    /** Documents the two headers on every operation that needs an acting user. */
    @Bean
    OperationCustomizer identityHeaders() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(this::supportsParameter)) {
                operation.addParametersItem(new HeaderParameter().name(USER).required(true)
                        .description("The acting user, 1 to 100 characters (until sign-in exists)").schema(new StringSchema().maxLength(100)));
                operation.addParametersItem(new HeaderParameter().name(ROLE).required(true)
                        .description("The role the user acts in (until sign-in exists)")
                        .schema(new StringSchema()._enum(Arrays.stream(Role.values()).map(Role::word).toList())));
            }
            return operation;
        };
    }
}
