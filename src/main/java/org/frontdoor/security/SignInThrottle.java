package org.frontdoor.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account (pages and API alike) and locks the account for {@code frontdoor.security.lockout}
 * after {@code max-failed-sign-ins} in a row. The count is in the database so every instance sees it; a password
 * accepted by the real check clears it ({@link VerifiedPasswords}). Each check is reserved (counted) atomically before
 * the password is looked at ({@link UserAccounts#reserveAttempt}), so parallel guesses cannot all be checked before
 * the lock lands; a wrong password then only has to lock the account once the count has reached the limit.
 * Logs never name the account: a mistyped password is often someone's real password or their name.
 */
@Component
class SignInThrottle {
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final UserAccounts accounts;
    private final VerifiedPasswords verified;

    SignInThrottle(UserAccounts accounts, VerifiedPasswords verified) {
        this.accounts = accounts;
        this.verified = verified;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        verified.forget(username);
        if (username != null && accounts.recordFailure(username)) {
            log.warn("An account was locked after repeated failed sign-ins");
        }
    }
}
