package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import org.frontdoor.coverage.RuleHitsSeen;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.scenarios.ScenarioGate.GateRun;
import org.frontdoor.scenarios.ScenarioGate.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The scenario gate runs the features/ scenarios against a draft rule set in an isolated instance of the service, in
 * a worker process of its own (the service never compiles or evaluates the draft itself).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gatehost;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ScenarioGateTest {
    private static final Path RULES = Path.of("rules");
    private static final Path FEATURES = Path.of("features");
    private static final List<String> SUBSET = List.of("features/decision/levels.feature", "features/decision/indicators.feature");

    private static final java.time.Duration LIMIT = java.time.Duration.ofMinutes(3);

    @Autowired
    ScenarioGateWorker gate;
    @Autowired
    RuleSetCatalog hostRules;
    @Autowired
    ApplicationContext host;

    @Test
    void theRulesAsTheyArePassEveryGateScenario() throws IOException {
        String hostRuleSet = hostRules.active().toString();
        long start = System.nanoTime();

        GateRun run = gate.run(rulesAsTheyAre(), List.of(), LIMIT);

        System.out.printf("Scenario gate, all scenarios: %d in %d ms (test wall time %d ms)%n", run.scenarios().size(), run.millis(),
                (System.nanoTime() - start) / 1_000_000);
        List<ScenarioResult> notPassed = run.scenarios().stream().filter(s -> !"passed".equals(s.status())).toList();
        assertThat(notPassed).isEmpty();
        assertThat(run.scenarios()).hasSize(gateScenarioCount()).hasSize(run.passed());
        assertThat(run.failed()).isZero();
        assertThat(run.scenarios()).allSatisfy(s -> {
            assertThat(s.location()).matches("features/[\\w/-]+\\.feature:\\d+");
            assertThat(s.feature()).isNotBlank();
            assertThat(s.scenario()).isNotBlank();
        });
        assertThat(run.scenarios()).extracting(ScenarioResult::location).doesNotHaveDuplicates();
        // the hosting service keeps its own rule set
        assertThat(hostRules.active().toString()).isEqualTo(hostRuleSet);
    }

    @Test
    void aChangedThresholdFailsTheScenariosAboutThatIndicator() throws IOException {
        List<ModelFile> draft = new ArrayList<>();
        boolean changed = false;
        for (ModelFile model : rulesAsTheyAre()) {
            if (model.fileName().equals("indicator-catalogue.dmn")) {
                String xml = new String(model.content(), StandardCharsets.UTF_8);
                // rule_L2_CD_01's first output entry is the indicator's level
                String raised = xml.replaceFirst("(<outputEntry id=\"_oe_0083\">\\s*<text>)2(</text>)", "$13$2");
                assertThat(raised).isNotEqualTo(xml);
                model = new ModelFile(model.fileName(), raised.getBytes(StandardCharsets.UTF_8));
                changed = true;
            }
            draft.add(model);
        }
        assertThat(changed).isTrue();

        // every scenario: those about working days, consent, storage, the queue... name "a level 2 education concern",
        // which the rule set under test answers with another indicator, so only the scenarios naming L2-CD-01 fail
        GateRun run = gate.run(draft, List.of(), LIMIT);

        System.out.printf("Scenario gate, every scenario with L2-CD-01 at level 3: %d in %d ms, %d failed%n", run.scenarios().size(),
                run.millis(), run.failed());
        assertThat(run.scenarios()).hasSize(run.passed() + run.failed()).hasSizeGreaterThan(400);
        List<ScenarioResult> failed = run.scenarios().stream().filter(s -> !"passed".equals(s.status())).toList();
        assertThat(failed).isNotEmpty().allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("failed");
            assertThat(s.failedStep()).matches("(Then|And|But) .+");
            assertThat(s.message()).isNotBlank();
            assertThat(mentionsTheIndicator(s.location())).as(s.location() + " is about L2-CD-01").isTrue();
            assertThat(s.names()).as(s.location() + ": what its steps name, for grouping by changed row").contains("L2-CD-01");
        });
        // the scenarios that name the indicator's level outright: expected 2, the draft gives 3
        for (String location : List.of("features/decision/levels.feature:24", "features/decision/indicators.feature:36")) {
            ScenarioResult s = run.scenarios().stream().filter(r -> r.location().equals(location)).findFirst().orElseThrow();
            assertThat(s.status()).as(location).isEqualTo("failed");
            assertThat(s.failedStep()).as(location).contains("level is 2");
            assertThat(s.expected()).as(location).isEqualTo("2");
            assertThat(s.actual()).as(location).isEqualTo("3");
        }
        assertThat(run.failed()).isEqualTo(failed.size());
    }

    @Test
    void aSecondRunWhileOneIsUnderWayIsTurnedAway() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScenarioGate blocking = new ScenarioGate("features", host) {
            @Override
            protected Map<String, String> isolatedInstanceProperties() {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("stopped before the instance starts");
            }
        };
        CompletableFuture<GateRun> first = CompletableFuture.supplyAsync(() -> blocking.run(rulesAsTheyAreUnchecked()));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> blocking.run(rulesAsTheyAre())).isInstanceOf(GateBusy.class);

        release.countDown();
        assertThatThrownBy(first::join).hasRootCauseMessage("stopped before the instance starts");
        // free again once the first run has ended
        assertThatThrownBy(() -> blocking.run(rulesAsTheyAre())).isNotInstanceOf(GateBusy.class);
    }

    @Test
    void aDraftThatDoesNotCompileIsRefusedWithItsProblems() throws IOException {
        List<ModelFile> draft = new ArrayList<>();
        for (ModelFile model : rulesAsTheyAre()) {
            draft.add(model.fileName().equals("indicator-catalogue.dmn")
                    ? new ModelFile(model.fileName(), "<definitions>not a model".getBytes(StandardCharsets.UTF_8)) : model);
        }

        assertThatThrownBy(() -> gate.run(draft, SUBSET, LIMIT)).isInstanceOf(DecisionNotReached.class);
        // and the gate is free for the next run
        assertThatThrownBy(() -> gate.run(List.of(new ModelFile("../elsewhere.dmn", new byte[0])), List.of(), LIMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file name");
    }

    /** A gate run is a worker process: at its time limit it is killed, and a second run meanwhile is turned away. */
    @Test
    void aRunPastItsLimitEndsItsWorkerAndASecondRunMeanwhileIsTurnedAway() throws Exception {
        List<ModelFile> rules = rulesAsTheyAre();
        long earlier = gate.lastWorkerPid();
        CompletableFuture<GateRun> first = CompletableFuture.supplyAsync(() -> gate.run(rules, List.of(), java.time.Duration.ofSeconds(4)));
        for (int i = 0; i < 200 && gate.lastWorkerPid() == earlier; i++) {
            Thread.sleep(50);
        }
        long worker = gate.lastWorkerPid();
        assertThat(worker).as("the run's worker process").isNotEqualTo(earlier);
        assertThat(ProcessHandle.of(worker).filter(ProcessHandle::isAlive)).as("a gate worker process").isPresent();
        assertThat(gateWorkers()).extracting(ProcessHandle::pid).contains(worker);

        assertThatThrownBy(() -> gate.run(rules, SUBSET, LIMIT)).isInstanceOf(GateBusy.class);

        assertThatThrownBy(first::join).hasCauseInstanceOf(org.frontdoor.rules.EvaluationTimedOut.class);
        // the worker that ran it was killed (a new spare may be starting for the next run)
        assertThat(ProcessHandle.of(worker).filter(ProcessHandle::isAlive)).as("the timed-out worker still running").isEmpty();
    }

    private static List<ProcessHandle> gateWorkers() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).filter(p -> {
            try {
                return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline")).contains(GateWorkerMain.class.getName());
            } catch (IOException e) {
                return p.info().commandLine().orElse("").contains(GateWorkerMain.class.getName());
            }
        }).toList();
    }

    /** Test-only beans such as the rule-coverage recorder stay out of an instance (the coverage gate counts mvn verify's run only). */
    @Test
    void anIsolatedInstanceLeavesTestComponentsOut() {
        try (ServiceInstance instance = ServiceInstance.start(Map.of("server.port", "0", "server.address", "127.0.0.1",
                "spring.datasource.url", "jdbc:h2:mem:gate-instance-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.main.banner-mode", "off"), true)) {
            assertThat(instance.context().getBeansOfType(RuleHitsSeen.class)).isEmpty();
            assertThat(instance.target().baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(new ScenarioHttp(instance.target().baseUrl(), instance.target().demoPassword()).getForEntity("/api/referrals/not-a-referral", String.class)
                    .getStatusCode().is4xxClientError()).isTrue();
        }
    }

    private static List<ModelFile> rulesAsTheyAre() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            List<ModelFile> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                out.add(new ModelFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
            return out;
        }
    }

    private static List<ModelFile> rulesAsTheyAreUnchecked() {
        try {
            return rulesAsTheyAre();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every scenario (one per example row) in features/, less the policy-lead workflow ones tagged @publishing. */
    private static int gateScenarioCount() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).includePickles(true).build();
        int count = 0;
        try (Stream<Path> files = Files.walk(FEATURES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                count += (int) parser.parse(f).map(Envelope::getPickle).flatMap(java.util.Optional::stream)
                        .filter(ScenarioGateTest::notPublishing).count();
            }
        }
        return count;
    }

    private static boolean notPublishing(Pickle pickle) {
        return pickle.getTags().stream().noneMatch(t -> t.getName().equals("@publishing"));
    }

    private static final Pattern LOCATION = Pattern.compile("(features/.+\\.feature):(\\d+)");
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*(Scenario|Scenario Outline|Rule|Examples|Feature|Background):");

    /** The example row (outline steps take the code from it) or the scenario's steps name L2-CD-01. */
    private static boolean mentionsTheIndicator(String location) {
        Matcher m = LOCATION.matcher(location);
        assertThat(m.matches()).isTrue();
        try {
            List<String> lines = Files.readAllLines(Path.of(m.group(1)));
            int line = Integer.parseInt(m.group(2)) - 1;
            if (lines.get(line).strip().startsWith("|")) {
                return lines.get(line).contains("L2-CD-01");
            }
            for (int i = line; i < lines.size(); i++) {
                if (i > line && BLOCK_END.matcher(lines.get(i)).find()) {
                    break;
                }
                if (lines.get(i).contains("L2-CD-01")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
