package org.frontdoor.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second wall against untrusted models: they run in worker processes that are killed at the time limit or end at
 * their heap limit, while the service's own heap and threads stay as they were.
 */
class UntrustedWorkersTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static UntrustedWorkers workers;

    @BeforeAll
    static void start() {
        workers = new UntrustedWorkers(2, "96m", 4, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        workers.destroy();
    }

    static ModelFile model(String inputs, String expression) {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Hostile" namespace="https://example.org/hostile" id="h">
                  <inputData id="i_n" name="n"><variable name="n" typeRef="number"/></inputData>
                  <businessKnowledgeModel id="bkm_calls" name="Calls"><variable name="Calls"/>
                    <encapsulatedLogic><formalParameter name="k" typeRef="number"/>
                      <literalExpression><text>if k = 0 then 1 else Calls(k - 1) + Calls(k - 1)</text></literalExpression>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="d" name="Answer"><variable name="Answer"/>
                    <informationRequirement><requiredInput href="#i_n"/></informationRequirement>
                    <knowledgeRequirement><requiredKnowledge href="#bkm_calls"/></knowledgeRequirement>
                    <literalExpression><text>%s</text></literalExpression>
                  </decision>
                </definitions>""".formatted(expression);
        return new ModelFile("hostile.dmn", xml.getBytes(UTF_8));
    }

    private static SandboxResult run(String expression, Object n) {
        return run(expression, n, LIMIT);
    }

    private static SandboxResult run(String expression, Object n, Duration limit) {
        return workers.sandbox(model("", expression), n == null ? Map.of() : Map.of("n", n),
                new SandboxResult.Model("Hostile", "https://example.org/hostile", "1.5"), limit);
    }

    /** The decision's answer; numbers as BigDecimal, as FEEL has them. */
    private static Object answer(SandboxResult r) {
        Object a = r.decisions().stream().filter(d -> d.name().equals("Answer")).findFirst().orElseThrow().result();
        return a instanceof Number n ? new BigDecimal(n.toString()) : a;
    }

    @Test
    void aModelIsEvaluatedInAnotherProcess() {
        SandboxResult r = run("n * 2", new BigDecimal("21"));
        assertThat(answer(r)).isEqualTo(new BigDecimal("42"));
        assertThat(workers.idleWorkerPids()).isNotEmpty().doesNotContain(ProcessHandle.current().pid());
    }

    @Test
    void aRunawayIsKilledWithItsProcessAndReplaced() {
        run("1", null);
        int killed = workers.killedWorkers();
        List<Long> before = workers.idleWorkerPids();
        assertThatThrownBy(() -> run("Calls(40)", null)).isInstanceOf(EvaluationTimedOut.class);
        assertThat(workers.killedWorkers()).isEqualTo(killed + 1);
        long dead = before.stream().filter(pid -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).count();
        assertThat(dead).as("the runaway's process is gone").isEqualTo(1);
        assertThat(answer(run("n + 1", BigDecimal.ONE))).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void anAllocationBombEndsItsWorkerNotTheService() {
        // the bound comes from the context, so no screen could have seen it
        assertThatThrownBy(() -> run("count(for i in 1..n return [i, i, i, i])", new BigDecimal("100000000"), Duration.ofSeconds(30)))
                .isInstanceOf(EvaluationOutOfMemory.class)
                .hasMessage("The model needed more than the 96 MB of memory an untrusted model may use, so it was stopped.");
        assertThat(answer(run("n - 1", BigDecimal.ONE))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void javaIsOutOfReachInsideTheWorker() {
        SandboxResult r = run("{ f: function(v) external { java: { class: \"java.lang.System\", method signature: \"getenv(java.lang.String)\" } },"
                + " r: f(\"PATH\") }.r", null);
        assertThat(answer(r)).isNull();
        assertThat(r.messages()).anySatisfy(m -> assertThat(m.text()).contains("java.lang.System"));
    }

    @Test
    void theServicesHeapAndThreadsStayFlatWhileRunawaysAndBombsAreKilled() throws Exception {
        // a first round starts what the pool keeps (a spare worker and its reader, the starter, the JDK's process reaper)
        assertThatThrownBy(() -> run("Calls(40)", null)).isInstanceOf(EvaluationTimedOut.class);
        run("1", null);
        Thread.sleep(500);
        java.util.Set<String> namesBefore = threadNames();
        long heapBefore = usedHeapAfterGc();
        int threadsBefore = serviceThreads();
        int killed = workers.killedWorkers();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> run("Calls(40)", null)).isInstanceOf(EvaluationTimedOut.class);
            // out of memory, or out of time while the collector thrashes just under the limit: killed either way
            assertThatThrownBy(() -> run("count(for i in 1..n return [i, i, i, i])", new BigDecimal("100000000")))
                    .isInstanceOfAny(EvaluationOutOfMemory.class, EvaluationTimedOut.class);
        }
        assertThat(answer(run("n", BigDecimal.TEN))).isEqualTo(BigDecimal.TEN);
        Thread.sleep(500);   // the killed workers' reader threads see the end of their streams
        long heapAfter = usedHeapAfterGc();
        int threadsAfter = serviceThreads();
        long children = workers.liveWorkers();
        java.util.Set<String> added = new java.util.TreeSet<>(threadNames());
        added.removeAll(namesBefore);
        System.out.println("Service threads added: " + added);
        System.out.printf("Untrusted workers: 3 runaways and 3 allocation bombs killed (%d workers); service heap after GC %d MB -> %d MB,"
                + " service threads %d -> %d, live worker processes %d%n", workers.killedWorkers() - killed, heapBefore >> 20, heapAfter >> 20,
                threadsBefore, threadsAfter, children);
        assertThat(workers.killedWorkers() - killed).isEqualTo(6);
        assertThat(heapAfter - heapBefore).as("service heap growth in bytes").isLessThan(16L << 20);
        // other test contexts in this JVM may start a thread meanwhile; six kills adding a thread each would show
        assertThat(threadsAfter - threadsBefore).as("service threads added").isLessThanOrEqualTo(2);
        assertThat(children).as("worker processes still alive (at most the pool's two)").isLessThanOrEqualTo(2);
        assertThat(readerThreads()).as("reader threads: one per live worker of every pool in this JVM")
                .isLessThanOrEqualTo(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }

    @Test
    void twoWorkersAnswerInParallelAndAFullQueueIsRefused() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                BigDecimal n = BigDecimal.valueOf(i);
                answers.add(callers.submit(() -> answer(run("n * 10", n))));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(answers.get(i).get()).isEqualTo(BigDecimal.valueOf(i * 10L));
            }
        } finally {
            callers.shutdownNow();
        }
        UntrustedWorkers one = new UntrustedWorkers(1, "96m", 0, Duration.ofSeconds(60));
        try {
            ExecutorService first = Executors.newSingleThreadExecutor();
            Future<?> busy = first.submit(() -> {
                try {
                    one.sandbox(model("", "Calls(40)"), Map.of(), new SandboxResult.Model("h", "h", "1.5"), Duration.ofSeconds(20));
                } catch (RuntimeException expected) {
                    // killed at its limit or when the pool closes
                }
            });
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (one.startedWorkers() == 0 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            assertThatThrownBy(() -> one.sandbox(model("", "1"), Map.of(), new SandboxResult.Model("h", "h", "1.5"), LIMIT))
                    .isInstanceOf(EvaluationBusy.class);
            busy.cancel(true);
            first.shutdownNow();
        } finally {
            one.destroy();
        }
    }

    /**
     * Threads of this JVM but the pool's own: one reader per live worker (at most the pool's size) and the JDK's
     * "process reaper" threads, which wait on child processes and idle out.
     */
    private static int serviceThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> !t.getName().startsWith("process reaper")
                && !t.getName().startsWith("untrusted-model-worker-reader-")).count();
    }

    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("untrusted-model-worker-reader-")).count();
    }

    private static java.util.Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(t -> t.getName().replaceAll("\\d+$", "#"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
