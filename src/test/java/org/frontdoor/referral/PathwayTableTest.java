package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.rules.RulesFixture;
import org.junit.jupiter.api.Test;

/** Letters and the follow-up rule read pathway and level words from the tables, not from Java. */
class PathwayTableTest {
    private final PathwayTable tables = new PathwayTable(RulesFixture.ruleSet());

    @Test
    void pathwaysCarryTheirLabelConsentAndSocialCareColumns() {
        assertThat(tables.pathway("P2")).hasValueSatisfying(p -> {
            assertThat(p.label()).isEqualTo("Single-agency early help (level 2)");
            assertThat(p.consent()).isEqualTo("required");
            assertThat(p.socialCare()).isFalse();
            assertThat(p.reason()).isNotBlank();
        });
        assertThat(tables.pathway("P5")).hasValueSatisfying(p -> assertThat(p.socialCare()).isTrue());
    }

    @Test
    void onlyAPathwayTheTableMarksNotSocialCareAllowsAFollowUp() {
        assertThat(tables.notSocialCare("P1")).isTrue();
        assertThat(tables.notSocialCare("P3")).isTrue();
        assertThat(tables.notSocialCare("P4")).isFalse();
        assertThat(tables.notSocialCare("NO-SUCH-PATHWAY")).isFalse();
    }

    @Test
    void levelsCarryTheirLabels() {
        assertThat(tables.level(2)).hasValueSatisfying(l -> assertThat(l.label()).isEqualTo("Additional"));
        assertThat(tables.level(4)).isPresent();
    }
}
