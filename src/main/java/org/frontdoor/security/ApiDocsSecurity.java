package org.frontdoor.security;

import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.frontdoor.security.ActingUser.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The API documentation says, from {@link EndpointRules}, how to sign in and which roles each operation needs. */
@Configuration
class ApiDocsSecurity {

    @Bean
    OpenApiCustomizer signInDocumented(AccessProperties properties) {
        boolean oidc = properties.api() == AccessProperties.ApiAuthentication.OIDC;
        String scheme = oidc ? "bearer" : "basic";
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(scheme, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(scheme)
                    .bearerFormat(oidc ? "JWT" : null)
                    .description(oidc ? "A token from the council's sign-in service" : "Username and password of a front-door user"));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    EndpointRules.find(HttpMethod.valueOf(method.name()), path).filter(r -> !r.isPublic())
                            .ifPresent(rule -> document(operation, rule, scheme))));
        };
    }

    private static void document(Operation operation, EndpointRules.Rule rule, String scheme) {
        operation.addSecurityItem(new SecurityRequirement().addList(scheme));
        String roles = rule.roles().stream().sorted().map(Role::words).collect(Collectors.joining(", "));
        String said = "Signed in as: " + roles + ".";
        operation.setDescription(operation.getDescription() == null ? said : operation.getDescription() + "\n\n" + said);
        operation.getResponses().addApiResponse("401", new io.swagger.v3.oas.models.responses.ApiResponse().description("Not signed in"));
        operation.getResponses().addApiResponse("403", new io.swagger.v3.oas.models.responses.ApiResponse().description("Signed in without the role"));
    }

}
