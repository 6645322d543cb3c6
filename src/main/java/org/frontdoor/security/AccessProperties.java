package org.frontdoor.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in: {@code frontdoor.security.*}.
 *
 * @param api                 how the API authenticates: {@code basic} (the users table) or {@code oidc} (bearer tokens
 *                            from the council's single sign-on; set spring.security.oauth2.resourceserver.jwt.issuer-uri)
 * @param maxFailedSignIns    consecutive wrong passwords after which an account is locked for {@code lockout}
 * @param lockout             how long a locked account stays locked
 * @param credentialCache     how long a verified API password is remembered (as a keyed hash, in memory) so that not every
 *                            request pays for bcrypt; zero turns the cache off
 * @param rolesClaim          OIDC: the token claim listing the user's roles (values practitioner, manager, policy-lead, auditor)
 * @param usernameClaim       OIDC: the token claim naming the user on the record
 * @param demoPassword        the demo profile's password for every demo user
 */
@Validated
@ConfigurationProperties("frontdoor.security")
public record AccessProperties(@NotNull @DefaultValue("basic") ApiAuthentication api,
                               @Min(1) @DefaultValue("5") int maxFailedSignIns,
                               @NotNull @DefaultValue("PT15M") Duration lockout,
                               @NotNull @DefaultValue("PT5M") Duration credentialCache,
                               @NotBlank @DefaultValue("roles") String rolesClaim,
                               @NotBlank @DefaultValue("preferred_username") String usernameClaim,
                               @NotBlank @DefaultValue("front-door-demo") String demoPassword) {

    public enum ApiAuthentication { BASIC, OIDC }
}
