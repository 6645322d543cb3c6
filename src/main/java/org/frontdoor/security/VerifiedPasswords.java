package org.frontdoor.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collection;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * bcrypt is slow on purpose (tens of milliseconds), and HTTP Basic sends the password with every API request. This
 * provider remembers, for {@code frontdoor.security.credential-cache}, that a user's password was verified: it keeps
 * only an HMAC of the password under a key made afresh at every start and never written anywhere, compares it in
 * constant time, checks the account is still enabled and unlocked, and forgets the user at once on a wrong password.
 * Anything it does not remember goes to the real check (the users table and bcrypt).
 */
final class VerifiedPasswords {
    private record Verified(byte[] mac, Object principal, Collection<? extends GrantedAuthority> authorities) {
    }

    private final AuthenticationProvider delegate;
    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;
    private final boolean enabled;
    private final java.util.function.Consumer<String> checked;
    private final java.util.function.Predicate<String> usable;
    private final java.util.function.Predicate<String> reserve;

    /**
     * @param checked told the username each time the real check (not the memory) accepts a password: the sign-in
     *                throttle clears the count of wrong passwords then, not on every request
     * @param reserve asked before every real check: reserves one attempt atomically (false: locked, or the attempts
     *                still allowed are all being checked by parallel requests) so a burst cannot have more passwords
     *                checked than the limit
     */
    VerifiedPasswords(AuthenticationProvider delegate, AccessProperties properties, java.util.function.Consumer<String> checked,
                      java.util.function.Predicate<String> usable, java.util.function.Predicate<String> reserve) {
        this.delegate = delegate;
        this.reserve = reserve;
        this.checked = checked;
        this.usable = usable;
        this.enabled = !properties.credentialCache().isZero() && !properties.credentialCache().isNegative();
        this.verified = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(enabled ? properties.credentialCache() : java.time.Duration.ofSeconds(1)).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The provider the authentication manager asks (not a bean of its own, so Spring Security's global set-up leaves it alone). */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return VerifiedPasswords.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return delegate.supports(authentication);
            }
        };
    }

    private Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (enabled && credentials instanceof String password) {
            Verified known = verified.getIfPresent(username);
            // a remembered password still needs the account to be enabled and not locked now (one indexed read:
            // another instance may have locked or disabled it since)
            if (known != null && MessageDigest.isEqual(known.mac(), mac(username, password)) && usable.test(username)) {
                return UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.authorities());
            }
        }
        if (username != null && !reserve.test(username)) {
            throw new LockedException("locked");
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            checked.accept(username);
            if (enabled && credentials instanceof String password) {
                verified.put(username, new Verified(mac(username, password), result.getPrincipal(), result.getAuthorities()));
            }
        }
        return result;
    }

    /** Forgets a user's verified password (their account was locked, or they failed to sign in). */
    void forget(String username) {
        verified.invalidate(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
