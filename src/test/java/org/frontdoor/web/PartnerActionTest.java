package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.rules.RulesFixture;
import org.junit.jupiter.api.Test;

/** What a partner is told to do follows the Pathway table's columns; the seed tables' pathways land where the guidance says. */
class PartnerActionTest {
    private final Tables tables = new Tables(RulesFixture.ruleSet());

    private PartnerAction actionFor(String code) {
        return tables.pathway(code).orElseThrow().partnerAction();
    }

    @Test
    void immediateProtectionAndPoliceProtectionMeanCall999() {
        assertThat(actionFor("P6")).isEqualTo(PartnerAction.CALL_999);
        assertThat(actionFor("P17")).isEqualTo(PartnerAction.CALL_999);
    }

    @Test
    void strategyDiscussionsAssessmentsAndMaracMeanRingTheFrontDoorNow() {
        assertThat(actionFor("P5")).isEqualTo(PartnerAction.RING_FRONT_DOOR);
        assertThat(actionFor("P4")).isEqualTo(PartnerAction.RING_FRONT_DOOR);
        assertThat(actionFor("P7")).isEqualTo(PartnerAction.RING_FRONT_DOOR);
    }

    @Test
    void voluntaryEarlyHelpNeedsTheFamilysConsent() {
        assertThat(actionFor("P2")).isEqualTo(PartnerAction.EARLY_HELP_WITH_CONSENT);
        assertThat(actionFor("P3")).isEqualTo(PartnerAction.EARLY_HELP_WITH_CONSENT);
    }

    @Test
    void informationAndAdviceIsAdviceAndUniversalServices() {
        assertThat(actionFor("P1")).isEqualTo(PartnerAction.ADVICE_AND_UNIVERSAL);
    }

    @Test
    void aRenamedOrRetimedPathwayIsJudgedByItsColumnsNotItsCode() {
        var renamed = new Tables.PathwayRow("X-NEW", "Any name", java.util.List.of("now"), "immediately", "inform-unless-risk", true, null, null);
        assertThat(renamed.partnerAction()).isEqualTo(PartnerAction.CALL_999);
    }

    @Test
    void everyPathwayHasALabelATimescaleAndAnAction() {
        assertThat(tables.pathways()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.label()).isNotBlank();
            assertThat(p.timescales()).isNotEmpty();
            assertThat(p.partnerAction()).isNotNull();
        });
        assertThat(tables.levels()).extracting(Tables.LevelRow::value).containsExactly(1, 2, 3, 4);
    }
}
