package org.frontdoor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The log-privacy check itself finds a value wherever it is in an event, and nothing when it is absent. */
class LogPrivacyTest {

    @Test
    void findsAnIdentifierOrFreeTextAnywhereInAnEventAndNamesTheLogger() {
        List<String> events = List.of("org.frontdoor.referral.ReferralIntake: Recorded referral 3f2a",
                "org.frontdoor.api.ApiProblems: Unexpected error for child 9434765919\njava.lang.IllegalStateException: boom",
                "org.springframework.web: Read [Contact[consent=Consent[reason=Mum would flee with the baby]]]");

        List<String> leaks = LogPrivacy.leaks(events, Set.of("9434765919", "Mum would flee with the baby", "child-7"));

        assertThat(leaks).hasSize(2);
        assertThat(leaks.get(0)).contains("9434765919").contains("org.frontdoor.api.ApiProblems");
        assertThat(leaks.get(1)).contains("Mum would flee").contains("org.springframework.web");
        assertThat(LogPrivacy.leaks(events.subList(0, 1), Set.of("9434765919"))).isEmpty();
    }
}
