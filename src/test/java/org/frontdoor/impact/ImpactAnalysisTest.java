package org.frontdoor.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.impact.ImpactReport.GroupImpact;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.datasource.url=jdbc:h2:mem:impact;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactAnalysisTest {
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    ImpactAnalysis impact;
    @Autowired
    ReferralIntake intake;
    @Autowired
    RuleSetCatalog catalog;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ThresholdDecisions decisions;

    RuleSet published;
    RuleSet draft;
    String schoolChild;
    String policeSiblings;
    String otherConcern;
    String outsidePeriod;
    final List<String> historyChain = new ArrayList<>();

    @BeforeAll
    void recordReferralsAndBuildTheDraft() throws IOException {
        published = catalog.active();
        compiledFrom.put(published, new ImpactAnalysis.RuleSetFiles(published.version(), sources()));
        draft = compile("draft-L2-CD-01-at-3", draftSources());

        schoolChild = record("2025-03-01", "school", "[{\"ref\": \"c1\", \"ageYears\": 9}]", "L2-CD-01");
        policeSiblings = record("2025-04-01", "police", "[{\"ref\": \"c1\", \"ageYears\": 3}, {\"ref\": \"c2\", \"ageYears\": 16}]", "L2-CD-01");
        otherConcern = record("2025-05-01", "health", "[{\"ref\": \"c1\", \"ageYears\": 12}]", "L2-FE-07");
        outsidePeriod = record("2024-12-01", "school", "[{\"ref\": \"c1\", \"ageYears\": 9}]", "L2-CD-01");
        // a child the records know: by the fourth contact, the history from records raises the level (R-06a)
        for (String day : new String[] {"2025-06-02", "2025-07-01", "2025-08-01", "2025-09-01"}) {
            historyChain.add(record(day, "gp", "[{\"ref\": \"c1\", \"ageYears\": 6, \"nhsNumber\": \"943 476 5919\"}]", "L2-FE-07"));
        }
    }

    @Test
    void theDraftRaisesExactlyTheChildrenWithTheChangedIndicator() throws IOException {
        ImpactReport report = impact.analyse(files(published), files(draft), FROM, TO);

        assertThat(report.totals().referralsRead()).isEqualTo(7);
        assertThat(report.totals().referralsReplayed()).isEqualTo(7);
        assertThat(report.totals().childrenReplayed()).isEqualTo(8);
        assertThat(report.totals().publishedAnswersReused()).isEqualTo(7);
        assertThat(report.totals().referralsUnaffectedByDraft()).isEqualTo(5);   // only two have L2-CD-01
        assertThat(report.errors()).isEmpty();
        assertThat(report.changedReferralIds()).containsExactly(schoolChild, policeSiblings);

        // three children 2 -> 3, nothing else moved
        assertThat(report.levels().count(2, 3)).isEqualTo(3);
        long moved = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                moved += i == j ? 0 : report.levels().children()[i][j];
            }
        }
        assertThat(moved).isEqualTo(3);
        assertThat(report.totals().childrenLevelRaised()).isEqualTo(3);
        assertThat(report.totals().childrenLevelLowered()).isZero();
        assertThat(report.levels().publishedLabels()).containsKey(2);
        assertThat(report.levels().draftLabels()).containsKey(3);

        // their primary pathway: what the published rule set recorded, then what a level-3 child gets
        String before = primaryRecorded(schoolChild, 0);
        List<ImpactReport.PathwayMove> changedMoves = report.primaryPathways().stream().filter(ImpactReport.PathwayMove::changed).toList();
        assertThat(changedMoves).allSatisfy(m -> assertThat(m.from()).isEqualTo(before));
        assertThat(changedMoves.stream().mapToLong(ImpactReport.PathwayMove::children).sum()).isEqualTo(3);
        assertThat(changedMoves).allSatisfy(m -> {
            assertThat(m.fromLabel()).isNotBlank();
            assertThat(m.toLabel()).isNotBlank();
        });
        assertThat(report.totals().childrenPrimaryChanged()).isEqualTo(3);

        assertThat(group(report.byAgeBand(), "5-10")).satisfies(g -> {
            assertThat(g.children()).isEqualTo(5);    // the school child and the four contacts about the known child
            assertThat(g.childrenChanged()).isEqualTo(1);
            assertThat(g.referralsChanged()).isEqualTo(1);
        });
        assertThat(group(report.byAgeBand(), "0-4").childrenLevelRaised()).isEqualTo(1);
        assertThat(group(report.byAgeBand(), "16-17").childrenLevelRaised()).isEqualTo(1);
        assertThat(group(report.byAgeBand(), "11-15").childrenChanged()).isZero();
        assertThat(group(report.byAgeBand(), "unborn").children()).isZero();
        assertThat(group(report.byReferrerType(), "police")).satisfies(g -> {
            assertThat(g.referrals()).isEqualTo(1);
            assertThat(g.children()).isEqualTo(2);
            assertThat(g.childrenChanged()).isEqualTo(2);
            assertThat(g.referralsChanged()).isEqualTo(1);
        });
        assertThat(group(report.byReferrerType(), "health").childrenChanged()).isZero();

        // the report is JSON-friendly
        JsonNode tree = json.readTree(json.writeValueAsString(report));
        assertThat(tree.path("levels").path("children").get(1).get(2).asLong()).isEqualTo(3);
        assertThat(tree.path("changedReferralIds")).hasSize(2);
    }

    @Test
    void anUnchangedDraftChangesNothingSoTheStoredAnswersAreWhatThePublishedRulesGive() throws IOException {
        // a comment in the decision model: the same tables, but not provably the same answers, so the draft is evaluated
        List<ModelFile> same = sources().stream().map(f -> f.fileName().equals("front-door-decision.dmn")
                ? new ModelFile(f.fileName(), (new String(f.content(), StandardCharsets.UTF_8) + "\n<!-- same -->\n").getBytes(StandardCharsets.UTF_8))
                : f).toList();
        ImpactReport report = impact.analyse(files(published), files(compile("same-again", same)), FROM, TO);
        assertThat(report.totals().referralsUnaffectedByDraft()).isZero();
        assertThat(compile("identical", sources()).catalogueDifferences(published)).isEmpty();

        // the published side is read from the records, the draft is evaluated: equal answers for every child,
        // including the one whose level came from the history in the records
        assertThat(report.totals().publishedAnswersReused()).isEqualTo(7);
        assertThat(report.totals().referralsReplayed()).isEqualTo(7);
        assertThat(report.changedReferralIds()).isEmpty();
        assertThat(report.totals().childrenChanged()).isZero();
        assertThat(report.primaryPathways()).noneMatch(ImpactReport.PathwayMove::changed);
        assertThat(report.additionalRoutes()).allSatisfy(r -> assertThat(r.draft()).isEqualTo(r.published()));
        assertThat(report.levels().count(3, 3)).isGreaterThanOrEqualTo(1);   // the known child's fourth contact
    }

    @Test
    void skippingReferralsWithoutAChangedIndicatorGivesWhatEvaluatingEveryOneGives() throws IOException {
        assertThat(published.catalogueDifferences(draft)).containsExactly("L2-CD-01");
        // the same draft with a comment added to the decision model: no longer "catalogue only", so every referral is evaluated
        List<ModelFile> touched = draftSources().stream().map(f -> f.fileName().equals("front-door-decision.dmn")
                ? new ModelFile(f.fileName(), (new String(f.content(), StandardCharsets.UTF_8) + "\n<!-- touched -->\n").getBytes(StandardCharsets.UTF_8))
                : f).toList();
        RuleSet evaluatedThroughout = compile("draft-touched", touched);
        assertThat(published.catalogueDifferences(evaluatedThroughout)).isNull();

        ImpactReport skipping = impact.analyse(files(published), files(draft), FROM, TO);
        ImpactReport full = impact.analyse(files(published), files(evaluatedThroughout), FROM, TO);

        assertThat(full.totals().referralsUnaffectedByDraft()).isZero();
        assertThat(full.levels().children()).isDeepEqualTo(skipping.levels().children());
        assertThat(full.primaryPathways()).isEqualTo(skipping.primaryPathways());
        assertThat(full.additionalRoutes()).isEqualTo(skipping.additionalRoutes());
        assertThat(full.byAgeBand()).isEqualTo(skipping.byAgeBand());
        assertThat(full.byReferrerType()).isEqualTo(skipping.byReferrerType());
        assertThat(full.changedReferralIds()).isEqualTo(skipping.changedReferralIds());
    }

    @Test
    void referralsRecordedUnderAnotherRuleSetAreEvaluatedAgainstThePublishedOne() {
        // the roles swapped: no referral was recorded under the "published" draft, so every one is evaluated with it
        ImpactReport report = impact.analyse(files(draft), files(published), FROM, TO);

        assertThat(report.totals().publishedAnswersReused()).isZero();
        assertThat(report.levels().count(3, 2)).isEqualTo(3);
        assertThat(report.changedReferralIds()).containsExactly(schoolChild, policeSiblings);
    }

    @Test
    void smallPagesAndOneThreadGiveTheSameReport() {
        // 2023, outside every other test's period: pages of 2 rows, with ties on received_at across page boundaries
        Instant from = Instant.parse("2023-01-01T00:00:00Z");
        Instant to = Instant.parse("2024-01-01T00:00:00Z");
        List<String> ids = new ArrayList<>();
        for (String day : new String[] {"2023-03-01", "2023-03-01", "2023-03-01", "2023-04-01", "2023-04-01"}) {
            ids.add(record(day, "school", "[{\"ref\": \"c1\", \"ageYears\": 9}]", "L2-CD-01"));
        }
        ids.add(record("2023-05-01", "police", "[{\"ref\": \"c1\", \"ageYears\": 9}]", "L2-FE-07"));

        ImpactReport paged = impact.with(1, 2).analyse(files(published), files(draft), from, to);
        ImpactReport whole = impact.analyse(files(published), files(draft), from, to);

        assertThat(paged.totals().referralsRead()).isEqualTo(6);
        assertThat(paged.changedReferralIds()).containsExactlyInAnyOrderElementsOf(ids.subList(0, 5));
        assertThat(paged.changedReferralIds()).isEqualTo(whole.changedReferralIds());
        assertThat(paged.levels().children()).isDeepEqualTo(whole.levels().children());
        assertThat(paged.byReferrerType()).isEqualTo(whole.byReferrerType());
        assertThat(paged.byAgeBand()).isEqualTo(whole.byAgeBand());
    }

    @Test
    void thePeriodFilterLeavesOutReferralsReceivedOutsideIt() {
        ImpactReport all = impact.analyse(files(published), files(draft), Instant.parse("2024-01-01T00:00:00Z"), TO);
        ImpactReport spring = impact.analyse(files(published), files(draft), Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-04-01T10:00:00Z"));

        assertThat(all.totals().referralsRead()).isEqualTo(8);
        assertThat(all.changedReferralIds()).containsExactly(outsidePeriod, schoolChild, policeSiblings);
        assertThat(spring.totals().referralsRead()).isEqualTo(1);   // from inclusive, to exclusive
        assertThat(spring.changedReferralIds()).containsExactly(schoolChild);
        assertThat(spring.period().from()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void aReferralTheDraftCannotEvaluateIsAnErrorAndTheRunCarriesOn() throws IOException {
        // the draft's catalogue no longer has L2-FE-07: its referrals are refused, the others still compared
        RuleSet withoutCode = compile("draft-without-L2-FE-07", withoutIndicator("L2-FE-07"));

        ImpactReport report = impact.analyse(files(published), files(withoutCode), FROM, TO);

        assertThat(report.totals().referralsWithErrors()).isEqualTo(5);
        assertThat(report.errors()).extracting(ImpactReport.ReplayError::referralId)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of(otherConcern), historyChain.stream()).toList());
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.problem()).startsWith("draft rule set refuses the contact"));
        assertThat(report.totals().referralsReplayed()).isEqualTo(2);
        assertThat(report.totals().referralsRead()).isEqualTo(7);
    }

    @Test
    void theDraftIsCompiledAndEvaluatedInReplayWorkersStartedWhenItsPageOpensThatStayOnlyAWhile() throws Exception {
        impact.workers().retireIdle();
        assertThat(impact.workers().liveWorkers()).isZero();
        int before = impact.workers().startedWorkers();

        // the draft's page was opened: in the background, every worker starts and compiles both rule sets
        impact.prepare(files(published), files(draft)).get(90, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(impact.workers().idleWorkerPids()).as("workers ready").hasSize(impact.workers().size());
        int started = impact.workers().startedWorkers();
        assertThat(started).as("replay worker processes started by opening the page").isEqualTo(before + impact.workers().size());
        // the page opened again: nothing more to do while those workers are up
        assertThat(impact.prepare(files(published), files(draft))).isCompleted();

        ImpactReport report = impact.analyse(files(published), files(draft), FROM, TO);

        assertThat(report.changedReferralIds()).containsExactly(schoolChild, policeSiblings);
        assertThat(report.totals().referralsWithErrors()).isZero();
        assertThat(impact.workers().startedWorkers()).as("workers started by the run itself").isEqualTo(started);
        assertThat(impact.workers().liveWorkers()).as("replay workers kept warm for the next run").isPositive();
        impact.workers().retireIdle();   // what happens ImpactAnalysis.KEEP_WARM after the last run
        assertThat(impact.workers().liveWorkers()).as("replay workers left running").isZero();

        // a draft that does not compile is found in the worker, and named
        List<ModelFile> broken = draftSources().stream().map(f -> f.fileName().equals("indicator-catalogue.dmn")
                ? new ModelFile(f.fileName(), "<definitions>not a model".getBytes(StandardCharsets.UTF_8)) : f).toList();
        assertThatThrownBy(() -> impact.analyse(files(published), new ImpactAnalysis.RuleSetFiles("draft-broken", broken), FROM, TO))
                .isInstanceOfSatisfying(DecisionNotReached.class, e -> assertThat(e.ruleSetVersion()).isEqualTo("draft-broken"));
    }

    /** The files each rule set of this test was compiled from: the analysis takes files and compiles them in its workers. */
    private final Map<RuleSet, ImpactAnalysis.RuleSetFiles> compiledFrom = new java.util.IdentityHashMap<>();

    private RuleSet compile(String version, List<ModelFile> files) {
        RuleSet compiled = catalog.compile(version, files);
        compiledFrom.put(compiled, new ImpactAnalysis.RuleSetFiles(version, files));
        return compiled;
    }

    private ImpactAnalysis.RuleSetFiles files(RuleSet ruleSet) {
        return java.util.Objects.requireNonNull(compiledFrom.get(ruleSet), "compiled outside this test");
    }

    private String record(String day, String referrer, String children, String concern) {
        String body = """
                {"receivedAt": "%sT10:00:00Z", "referrer": {"type": "%s"}, "children": %s, "concerns": ["%s"],
                 "consent": {"status": "given"}, "history": {"contactsLast12Months": 0}}""".formatted(day, referrer, children, concern);
        try {
            return intake.record(json.readValue(body, Contact.class), "test").id();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String primaryRecorded(String id, int child) throws IOException {
        String recommendation = intake.find(id, "test", "Impact analysis test").orElseThrow().recommendation();
        return json.readTree(recommendation).path("children").get(child).path("pathways").get(0).path("code").asText();
    }

    private static GroupImpact group(List<GroupImpact> groups, String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + " in " + groups));
    }

    private static List<ModelFile> sources() throws IOException {
        List<ModelFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                out.add(new ModelFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        return out;
    }

    /** The catalogue with indicator L2-CD-01's level output 2 changed to 3: the only change. */
    static List<ModelFile> draftSources() throws IOException {
        return editCatalogue(xml -> {
            Matcher m = Pattern.compile("(<text>&quot;L2-CD-01&quot;</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>)2(</text>)")
                    .matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException("L2-CD-01's level output not found in the catalogue");
            }
            return xml.substring(0, m.start()) + m.group(1) + "3" + m.group(2) + xml.substring(m.end());
        });
    }

    private static List<ModelFile> withoutIndicator(String code) throws IOException {
        return editCatalogue(xml -> {
            Matcher m = Pattern.compile("<rule id=\"[^\"]*\">\\s*<inputEntry[^>]*>\\s*<text>&quot;" + Pattern.quote(code)
                    + "&quot;</text>.*?</rule>\\s*", Pattern.DOTALL).matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException(code + " not found in the catalogue");
            }
            return xml.substring(0, m.start()) + xml.substring(m.end());
        });
    }

    private static List<ModelFile> editCatalogue(java.util.function.UnaryOperator<String> edit) throws IOException {
        List<ModelFile> out = new ArrayList<>();
        for (ModelFile f : sources()) {
            if (f.fileName().equals("indicator-catalogue.dmn")) {
                String xml = new String(f.content(), StandardCharsets.UTF_8);
                out.add(new ModelFile(f.fileName(), edit.apply(xml).getBytes(StandardCharsets.UTF_8)));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
