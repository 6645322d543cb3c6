package org.frontdoor.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CouncilContactsTest {
    private static final CouncilContacts REAL = new CouncilContacts("020 7946 0000", "Monday to Friday", "020 7946 0999",
            "mash@council.example.gov.uk", "https://council.example.gov.uk/refer", "020 7946 0111", "https://council.example.gov.uk/escalation");

    @Test
    void phoneNumbersBecomeTelLinks() {
        assertThat(CouncilContacts.tel("01632 960123")).isEqualTo("tel:+441632960123");
        assertThat(CouncilContacts.tel("(01632) 960-123")).isEqualTo("tel:+441632960123");
        assertThat(CouncilContacts.tel("+44 1632 960123")).isEqualTo("tel:+441632960123");
        assertThat(CouncilContacts.tel("999")).isEqualTo("tel:999");
        assertThat(CouncilContacts.SAMPLE.outOfHoursTel()).isEqualTo("tel:+441632960456");
    }

    @Test
    void theWarningNamesTheSampleAndUnsetDetailsAndNothingElse() {
        assertThat(CouncilContacts.SAMPLE.unsetOrSample()).hasSize(7).allSatisfy(p -> assertThat(p).endsWith("is the invented sample value"));
        CouncilContacts partly = new CouncilContacts("020 7946 0000", "", CouncilContacts.SAMPLE.outOfHoursPhone(), null,
                REAL.referralFormUrl(), REAL.consultationPhone(), REAL.escalationPolicyUrl());
        assertThat(partly.unsetOrSample()).containsExactly("front door hours (FRONTDOOR_COUNCIL_FRONT_DOOR_HOURS) is unset",
                "out-of-hours phone (FRONTDOOR_COUNCIL_OUT_OF_HOURS_PHONE) is the invented sample value",
                "email (FRONTDOOR_COUNCIL_EMAIL) is unset");
        assertThat(REAL.unsetOrSample()).isEmpty();
    }

    @Test
    void oneWarnAtStartOnlyWhileSomethingNeedsSetting() {
        Logger logger = (Logger) LoggerFactory.getLogger(CouncilContactsCheck.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            new CouncilContactsCheck(CouncilContacts.SAMPLE).warnOnce();
            new CouncilContactsCheck(REAL).warnOnce();
        } finally {
            logger.detachAppender(events);
        }
        assertThat(events.list).hasSize(1);
        assertThat(events.list.get(0).getLevel().toString()).isEqualTo("WARN");
        assertThat(events.list.get(0).getFormattedMessage()).contains("front door phone (FRONTDOOR_COUNCIL_FRONT_DOOR_PHONE) is the invented sample value");
    }

    @Test
    void lettersAndNoticesGetPlainLinesWithoutUnsetDetails() {
        List<String> lines = new CouncilContacts("01632 960123", "", "", "", "", "", "").asLines();
        assertThat(lines).containsExactly("Front door: 01632 960123");
        assertThat(REAL.questionsSentence()).isEqualTo("For questions about these changes, contact the children's services front door: "
                + "ring 020 7946 0000 or email mash@council.example.gov.uk. To talk a particular child through, use the professional "
                + "consultation line on 020 7946 0111.");
        assertThat(new CouncilContacts(null, null, null, null, null, null, null).questionsSentence())
                .isEqualTo("For questions about these changes, contact the children's services front door.");
    }
}
