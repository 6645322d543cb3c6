package org.frontdoor.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.frontdoor.rules.Finding;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.security.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Intended validation warnings: the version in force (seeded from the rules folder's acknowledged-warnings.csv) lists
 * its warnings with 0 unacknowledged; a draft inherits them; a new warning a change brings is asked about, and a policy
 * lead acknowledges it, one at a time, with why, on a draft only.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gatehost;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ValidationAcknowledgementsTest {
    private static final ActingUser ASHA = new ActingUser("asha.policy", ActingUser.Role.POLICY_LEAD);
    private static final ActingUser AUDITOR = new ActingUser("ada.auditor", ActingUser.Role.AUDITOR);

    @Autowired
    RuleSetVersions versions;
    @Autowired
    PolicyReports reports;
    @Autowired
    ValidationAcknowledgements acknowledgements;

    @Test
    void theVersionInForceListsItsWarningsAllAcknowledgedWithWhy() {
        String inForce = versions.inForceVersion();
        List<Finding> warnings = reports.validation(inForce).warnings();
        assertThat(warnings).as("intended warnings stay listed").isNotEmpty();
        assertThat(acknowledgements.unacknowledged(inForce, warnings)).isZero();
        assertThat(acknowledgements.of(inForce).values()).allSatisfy(a -> assertThat(a.reason()).isNotBlank());
    }

    @Test
    void aNewWarningOnADraftIsAcknowledgedOneAtATimeWithWhyAndOnlyOnADraft() throws Exception {
        String inForce = versions.inForceVersion();
        String draft = versions.createDraft(ASHA, null, "Acknowledgement test").version();
        assertThat(acknowledgements.of(draft).keySet()).as("a draft starts with its base version's acknowledgements")
                .isEqualTo(acknowledgements.of(inForce).keySet());

        // the last catch-all row for level 1 removed from Primary pathway: a gap the draft's report names
        String xml = Files.readString(Path.of("rules/front-door-decision.dmn"));
        int table = xml.indexOf("name=\"Primary pathway\"");
        int last = xml.lastIndexOf("<rule ", xml.indexOf("</decisionTable>", table));
        String changed = xml.substring(0, last) + xml.substring(xml.indexOf("</rule>", last) + "</rule>".length());
        versions.replaceModels(ASHA, draft, List.of(new ModelFile("front-door-decision.dmn", changed.getBytes(StandardCharsets.UTF_8))), false);
        List<Finding> warnings = reports.validation(draft).warnings();
        int open = acknowledgements.unacknowledged(draft, warnings);
        assertThat(open).as("the gap is new: nobody has said it is intended").isPositive();
        Finding gap = warnings.stream().filter(w -> w.kind().equals("gap") && "Primary pathway".equals(w.table())).findFirst().orElseThrow();
        String key = ValidationAcknowledgements.key(gap);

        assertThat(catchThrowable(() -> acknowledgements.acknowledge(ASHA, draft, key, " "))).isInstanceOfSatisfying(PolicyProblem.class,
                p -> assertThat(p.reasons()).extracting(PolicyProblem.Reason::field).containsExactly("reason"));
        assertThat(catchThrowable(() -> acknowledgements.acknowledge(ASHA, draft, "no-such-warning", "because")))
                .isInstanceOfSatisfying(PolicyProblem.class, p -> assertThat(p.reasons()).extracting(PolicyProblem.Reason::field).containsExactly("key"));
        assertThat(catchThrowable(() -> acknowledgements.acknowledge(AUDITOR, draft, key, "because"))).isInstanceOf(ActingUser.ActionForbidden.class);
        assertThat(catchThrowable(() -> acknowledgements.acknowledge(ASHA, inForce, key, "because"))).isInstanceOf(PolicyProblem.class);
        assertThat(acknowledgements.unacknowledged(draft, warnings)).as("nothing refused was stored").isEqualTo(open);

        acknowledgements.acknowledge(ASHA, draft, key, "Test only: the level 1 routes are being rewritten");
        assertThat(acknowledgements.unacknowledged(draft, warnings)).isEqualTo(open - 1);
        Map<String, ValidationAcknowledgements.Acknowledgement> now = acknowledgements.of(draft);
        assertThat(now.get(key)).satisfies(a -> {
            assertThat(a.by()).isEqualTo("asha.policy");
            assertThat(a.reason()).isEqualTo("Test only: the level 1 routes are being rewritten");
            assertThat(a.message()).isEqualTo(gap.message());
        });
        assertThat(versions.get(draft).events()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("warning-acknowledged");
            assertThat(e.note()).contains(gap.message(), "Why: Test only");
        });
        assertThat(acknowledgements.of(inForce)).as("the version in force is untouched").doesNotContainKey(key);
    }
}
