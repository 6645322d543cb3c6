package org.frontdoor.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.frontdoor.rules.DecisionTables;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.security.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The table editor's saves: who may, on what, with why; two policy leads editing the same draft at once never
 * overwrite each other (real threads, real database); a refused cell or a missing reason stores nothing.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gatehost;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class TableEditingTest {
    private static final ActingUser ASHA = new ActingUser("asha.policy", ActingUser.Role.POLICY_LEAD);
    private static final ActingUser BEN = new ActingUser("ben.policy", ActingUser.Role.POLICY_LEAD);
    private static final ActingUser AUDITOR = new ActingUser("ada.auditor", ActingUser.Role.AUDITOR);
    private static final String CATALOGUE = "indicator-catalogue.dmn";

    @Autowired
    RuleSetVersions versions;
    @Autowired
    PolicyActions actions;

    /** The catalogue row of {@code code} with its level set to {@code level}. */
    private static java.util.function.Function<ModelFile, DecisionTables.Edit> level(String code, String level) {
        return file -> {
            DecisionTables.Table t = DecisionTables.table(file, "Indicator");
            DecisionTables.Row row = t.rows().stream().filter(r -> r.ruleId().equals(code)).findFirst().orElseThrow();
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < t.outputs().size(); i++) {
                outputs.add(row.outputText(i, t.outputs().get(i)));
            }
            outputs.set(0, level);
            return DecisionTables.changeRow(file, "Indicator", row.number(),
                    new DecisionTables.RowValues(row.inputs().stream().map(DecisionTables.Cell::feel).toList(), outputs, row.annotations()));
        };
    }

    /** The level the stored catalogue gives {@code code}, read from the file as the editor reads it. */
    private int levelOf(String version, String code) {
        DecisionTables.Table t = DecisionTables.table(versions.model(version, CATALOGUE), "Indicator");
        return Integer.parseInt(t.rows().stream().filter(r -> r.ruleId().equals(code)).findFirst().orElseThrow().outputs().get(0).feel());
    }

    @Test
    void aSaveRecordsWhoWhatAndWhyAndOnlyAPolicyLeadOnADraftMaySave() {
        String draft = versions.createDraft(ASHA, null, "Editor test").version();
        String before = versions.get(draft).hash();

        assertThatThrownBy(() -> actions.editTable(AUDITOR, draft, CATALOGUE, before, "because", level("L2-CD-01", "3")))
                .isInstanceOf(ActingUser.ActionForbidden.class);
        assertThatThrownBy(() -> actions.editTable(ASHA, draft, CATALOGUE, before, " ", level("L2-CD-01", "3")))
                .isInstanceOfSatisfying(PolicyProblem.class, p -> assertThat(p.reasons().get(0).field()).isEqualTo("why"));
        assertThatThrownBy(() -> actions.editTable(ASHA, draft, CATALOGUE, before, "because", level("L2-CD-01", "three")))
                .isInstanceOf(DecisionTables.Refused.class);
        assertThat(versions.get(draft).hash()).as("nothing stored by a refused save").isEqualTo(before);

        actions.editTable(BEN, draft, CATALOGUE, before, "Raised after the neglect audit", level("L2-CD-01", "3"));
        RuleSetVersion after = versions.get(draft);
        assertThat(after.hash()).isNotEqualTo(before);
        assertThat(levelOf(draft, "L2-CD-01")).isEqualTo(3);
        assertThat(versions.compiled(draft).indicators().get("L2-CD-01").level()).as("as the engine reads the saved file").isEqualTo(3);
        assertThat(after.contributors()).contains("asha.policy", "ben.policy");
        assertThat(after.events()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("table-edited");
            assertThat(e.actor()).isEqualTo("ben.policy");
            assertThat(e.note()).contains("Indicator, row").contains("(L2-CD-01): level from 2 to 3.").endsWith("Why: Raised after the neglect audit");
        });
        // the version in force is untouched, and a published version cannot be edited
        assertThat(levelOf(versions.inForceVersion(), "L2-CD-01")).isEqualTo(2);
        String inForce = versions.inForceVersion();
        assertThatThrownBy(() -> actions.editTable(ASHA, inForce, CATALOGUE, null, "because", level("L2-CD-02", "3")))
                .isInstanceOfSatisfying(PolicyProblem.class, p -> assertThat(p.kind()).isEqualTo(PolicyProblem.Kind.CONFLICT));
    }

    @Test
    void twoPolicyLeadsSavingAtOnceNeverOverwriteEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 20; attempt++) {
                String draft = versions.createDraft(ASHA, null, "Editor race " + attempt).version();
                String opened = versions.get(draft).hash();   // both pages were opened on this content
                CountDownLatch go = new CountDownLatch(1);
                Future<Throwable> asha = pool.submit(() -> {
                    go.await();
                    return catchThrowable(() -> actions.editTable(ASHA, draft, CATALOGUE, opened, "Asha's change", level("L2-CD-01", "3")));
                });
                Future<Throwable> ben = pool.submit(() -> {
                    go.await();
                    return catchThrowable(() -> actions.editTable(BEN, draft, CATALOGUE, opened, "Ben's change", level("L2-CD-02", "3")));
                });
                go.countDown();
                Throwable a = asha.get();
                Throwable b = ben.get();
                assertThat(a == null ^ b == null).as("exactly one save lands (attempt %d): %s / %s", attempt, a, b).isTrue();
                Throwable refused = a == null ? b : a;
                assertThat(refused).isInstanceOfSatisfying(PolicyProblem.class, p -> assertThat(p.kind()).isEqualTo(PolicyProblem.Kind.CONFLICT));
                // what is stored is exactly the change that landed, never a mix and never a lost update
                int cd01 = levelOf(draft, "L2-CD-01");
                int cd02 = levelOf(draft, "L2-CD-02");
                assertThat(cd01 + cd02).as("one change stored (attempt %d)", attempt).isEqualTo(5);
                assertThat(versions.get(draft).events().stream().filter(e -> e.action().equals("table-edited")).count()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
