package org.frontdoor.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.frontdoor.rules.ModelFile;
import org.frontdoor.security.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four eyes cannot be raced: while a second policy lead checks and approves a draft, its author changes it, with real
 * threads on the real database, 200 times. Whatever the interleaving, an approval only ever holds the content the
 * approver checked, and a change never lands on an approved version.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gatehost;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ApprovalRaceTest {
    private static final ActingUser AUTHOR = new ActingUser("asha.policy", ActingUser.Role.POLICY_LEAD);
    private static final ActingUser APPROVER = new ActingUser("ben.policy", ActingUser.Role.POLICY_LEAD);
    private static final String CATALOGUE = "indicator-catalogue.dmn";

    @Autowired
    RuleSetVersions versions;
    @Autowired
    DraftValidation validation;
    @Autowired
    JdbcClient jdbc;

    private ModelFile edited(String version, String mark) {
        String xml = new String(versions.model(version, CATALOGUE).content(), StandardCharsets.UTF_8);
        return new ModelFile(CATALOGUE, (xml + "<!-- " + mark + " -->").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isConflict(Throwable t) {
        return t instanceof PolicyProblem p && p.kind() == PolicyProblem.Kind.CONFLICT;
    }

    @Test
    void anEditDuringApprovalNeverGetsApprovedUnchecked() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int approvedFirst = 0;
        int editedFirst = 0;
        int editedThenApproved = 0;
        List<String> violations = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 200; attempt++) {
                String draft = versions.createDraft(AUTHOR, null, "Race " + attempt).version();
                ModelFile change = edited(draft, "author's change " + attempt);
                String original = versions.get(draft).hash();
                List<ModelFile> afterEdit = new ArrayList<>(versions.models(draft).stream().filter(f -> !f.fileName().equals(CATALOGUE)).toList());
                afterEdit.add(change);
                String edited = ModelFile.hashOf(afterEdit);
                CountDownLatch go = new CountDownLatch(1);
                Future<String> approver = pool.submit(() -> {
                    go.await();
                    RuleSetVersion seen = versions.get(draft);                   // what the approver checks
                    String checked = ModelFile.hashOf(versions.models(draft));   // the checks read the files...
                    if (!checked.equals(seen.hash())) {
                        return "checks-refused";                                // ...and refuse content that moved
                    }
                    pause();
                    Throwable t = catchThrowable(() -> versions.approve(APPROVER, draft, "looks right", seen.hash(), null, List.of()));
                    return t == null ? "approved:" + seen.hash() : isConflict(t) ? "refused" : "error:" + t;
                });
                Future<String> author = pool.submit(() -> {
                    go.await();
                    pause();
                    Throwable t = catchThrowable(() -> versions.replaceModels(AUTHOR, draft, List.of(change), false));
                    return t == null ? "edited" : isConflict(t) ? "refused" : "error:" + t;
                });
                go.countDown();
                String a = approver.get(30, TimeUnit.SECONDS);
                String b = author.get(30, TimeUnit.SECONDS);

                RuleSetVersion after = versions.get(draft);
                String stored = ModelFile.hashOf(versions.models(draft));
                String approvedHash = jdbc.sql("SELECT approved_hash FROM rule_set_version WHERE version = ?").param(draft)
                        .query(String.class).optional().orElse(null);
                if (a.startsWith("error") || b.startsWith("error")) {
                    violations.add(attempt + ": " + a + " / " + b);
                } else if (RuleSetVersion.APPROVED.equals(after.status())) {
                    // approved: exactly what the approver checked, which is the original (the edit was refused) or,
                    // when the edit landed before the checks read the draft, the edited content
                    String expected = b.equals("edited") ? edited : original;
                    if (b.equals("edited")) {
                        editedThenApproved++;
                    } else {
                        approvedFirst++;
                    }
                    if (!a.equals("approved:" + stored) || !stored.equals(after.hash()) || !stored.equals(approvedHash) || !stored.equals(expected)) {
                        violations.add(attempt + ": approved " + approvedHash + " but holds " + stored + " (" + a + " / " + b + ")");
                    }
                } else {
                    editedFirst++;
                    if (!b.equals("edited") || a.startsWith("approved") || !stored.equals(after.hash()) || !stored.equals(edited)) {
                        violations.add(attempt + ": " + after.status() + " " + a + " / " + b);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Approval race, 200 attempts: approved before the edit " + approvedFirst + ", edited before the approval "
                + editedFirst + ", edited before the checks and the edit approved " + editedThenApproved + ", unchecked content approved "
                + violations.size());
        assertThat(violations).isEmpty();
        assertThat(approvedFirst).as("attempts where the approval won").isPositive();
        assertThat(editedFirst).as("attempts where the edit won").isPositive();
    }

    @Test
    void anApprovalNamingOtherContentIsRefusedAndAnApprovedVersionCannotChange() {
        String draft = versions.createDraft(AUTHOR, null, "Named content").version();
        String hash = versions.get(draft).hash();
        Throwable wrong = catchThrowable(() -> versions.approve(APPROVER, draft, null, hash, "0".repeat(64), List.of()));
        assertThat(isConflict(wrong)).as(String.valueOf(wrong)).isTrue();
        assertThat(((PolicyProblem) wrong).reasons().get(0).message()).contains("You asked to approve content 000000000000");

        versions.approve(APPROVER, draft, null, hash, hash, List.of());
        Throwable edit = catchThrowable(() -> versions.replaceModels(AUTHOR, draft, List.of(edited(draft, "late")), false));
        assertThat(isConflict(edit)).as(String.valueOf(edit)).isTrue();
        assertThat(versions.get(draft).hash()).isEqualTo(hash);
        assertThat(versions.get(draft).status()).isEqualTo(RuleSetVersion.APPROVED);
    }

    @Test
    void publicationRefusesContentThatIsNotWhatWasApproved() {
        String draft = versions.createDraft(AUTHOR, null, "Tampered after approval").version();
        String hash = versions.get(draft).hash();
        versions.approve(APPROVER, draft, null, hash, null, List.of());
        // the files changed behind the service's back (a hand edit of the database)
        jdbc.sql("UPDATE rule_set_model SET content = ? WHERE version = ? AND file_name = ?")
                .params(edited(draft, "tampered").content(), draft, CATALOGUE).update();
        Throwable t = catchThrowable(() -> versions.publish(APPROVER, draft, null, null, "Unsafe now"));
        assertThat(isConflict(t)).as(String.valueOf(t)).isTrue();
        assertThat(((PolicyProblem) t).detail()).isEqualTo("Version " + draft + " does not hold the content that was approved; nothing was published.");
        assertThat(versions.get(draft).status()).isEqualTo(RuleSetVersion.APPROVED);
    }

    @Test
    void validationOfContentThatMovedMeanwhileIsRefusedNotFiledUnderTheWrongHash() {
        String draft = versions.createDraft(AUTHOR, null, "Moving").version();
        // content of its own, so no report of the same content (e.g. the version in force's) is already known
        versions.replaceModels(AUTHOR, draft, List.of(edited(draft, "seen " + draft)), false);
        RuleSetVersion seen = versions.get(draft);
        versions.replaceModels(AUTHOR, draft, List.of(edited(draft, "moved")), false);
        Throwable t = catchThrowable(() -> validation.report(seen));
        assertThat(isConflict(t)).as(String.valueOf(t)).isTrue();
    }

    private static void pause() throws InterruptedException {
        int micros = ThreadLocalRandom.current().nextInt(0, 4000);
        TimeUnit.MICROSECONDS.sleep(micros);
    }
}
