package org.frontdoor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.frontdoor.rules.Evaluation;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.rules.RulesProperties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.slf4j.LoggerFactory;

/**
 * Evaluations per second and latency of one child's evaluation, on the same generated traffic, for:
 * <ul>
 *   <li>{@code engine}: {@link RuleSet#evaluateWithEngine}, both models through the KIE engine;</li>
 *   <li>{@code fastPath}: {@link RuleSet#evaluate} as the service runs it (catalogue index and a decision cache of
 *       {@value #SERVICE_CACHE_SIZE}, the service default), the cache emptied at the start of each lap of the pool;</li>
 *   <li>{@code fastPathNoCache}: {@link RuleSet#evaluate} with the cache off, so the index's share is visible;</li>
 *   <li>{@code cacheHit}: {@link RuleSet#evaluate} on contexts already in the cache: the ceiling if traffic repeated.</li>
 * </ul>
 * Run {@link #main} (see scripts/benchmark.sh): throughput on 1 and 2 threads, then sample time for p50/p99.
 */
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xss2m", "-Xms2g", "-Xmx2g"})
public class EngineBenchmark {
    static final int SERVICE_CACHE_SIZE = 1_000;
    /** Contexts the cache-hit case cycles through: all of them fit in the cache, so every lookup is a hit. */
    static final int REPEATED_CONTEXTS = 500;

    /** The pool, shared by the benchmark threads and read in order like a queue of incoming contacts. */
    public abstract static class Traffic {
        RuleSet ruleSet;
        private String label;
        private List<Map<String, Object>> inputs;
        private Runnable startOfLap = () -> { };
        private final AtomicLong taken = new AtomicLong();
        private final AtomicLong laps = new AtomicLong();

        void load(String label, int cacheSize, int poolSize) {
            this.label = label;
            quietLogs();
            ruleSet = new RuleSetCatalog(new RulesProperties("rules", "benchmark", cacheSize)).active();
            List<Map<String, Object>> all = Workload.generate(ruleSet, Workload.CONTACTS).inputs();
            inputs = all.subList(0, Math.min(poolSize, all.size()));
        }

        void emptyCacheEachLap() {
            startOfLap = DecisionCacheReset.of(ruleSet);
        }

        Map<String, Object> next() {
            long n = taken.getAndIncrement();
            int at = (int) (n % inputs.size());
            if (at == 0 && n > 0) {
                laps.incrementAndGet();
                startOfLap.run();
            }
            return inputs.get(at);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%n%s: %,d evaluations, %,d full laps of %,d%n", label, taken.get(), laps.get(), inputs.size());
        }
    }

    @State(Scope.Benchmark)
    public static class EngineTraffic extends Traffic {
        @Setup(Level.Trial)
        public void setUp() {
            load("engine traffic", 0, Integer.MAX_VALUE);
        }
    }

    @State(Scope.Benchmark)
    public static class CachedTraffic extends Traffic {
        @Setup(Level.Trial)
        public void setUp() {
            load("cached traffic (cache emptied each lap)", SERVICE_CACHE_SIZE, Integer.MAX_VALUE);
            emptyCacheEachLap();
        }
    }

    @State(Scope.Benchmark)
    public static class UncachedTraffic extends Traffic {
        @Setup(Level.Trial)
        public void setUp() {
            load("uncached traffic", 0, Integer.MAX_VALUE);
        }
    }

    @State(Scope.Benchmark)
    public static class RepeatedTraffic extends Traffic {
        @Setup(Level.Trial)
        public void setUp() {
            load("repeated traffic", SERVICE_CACHE_SIZE, REPEATED_CONTEXTS);
            for (int i = 0; i < REPEATED_CONTEXTS; i++) {
                ruleSet.evaluate(next());   // fill the cache before measuring
            }
        }
    }

    @Benchmark
    public Evaluation engine(EngineTraffic traffic) {
        return traffic.ruleSet.evaluateWithEngine(traffic.next());
    }

    @Benchmark
    public Evaluation fastPath(CachedTraffic traffic) {
        return traffic.ruleSet.evaluate(traffic.next());
    }

    @Benchmark
    public Evaluation fastPathNoCache(UncachedTraffic traffic) {
        return traffic.ruleSet.evaluate(traffic.next());
    }

    @Benchmark
    public Evaluation cacheHit(RepeatedTraffic traffic) {
        return traffic.ruleSet.evaluate(traffic.next());
    }

    /**
     * Without Spring, Logback logs everything at DEBUG; the service runs at Spring Boot's INFO. The compiler's
     * "missing its type reference" warnings are known and would only bury JMH's output.
     */
    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.INFO);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.kie.dmn.core.compiler")).setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    /**
     * Runs the benchmarks three ways and prints one table. Arguments: {@code quick} for 1 s iterations (to try the
     * setup); any other argument is a regular expression choosing benchmarks by method name, e.g. {@code engine|fastPath}.
     */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = List.of(args).contains("quick");
        String only = List.of(args).stream().filter(a -> !a.equals("quick")).findFirst().orElse(".*");
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        quietLogs();
        describeWorkload();

        Collection<RunResult> oneThread = new Runner(options(quick, only, Mode.Throughput, 1, out.resolve("throughput-1-thread.json")).build()).run();
        Collection<RunResult> twoThreads = new Runner(options(quick, only, Mode.Throughput, 2, out.resolve("throughput-2-threads.json")).build()).run();
        Collection<RunResult> latency = new Runner(options(quick, only, Mode.SampleTime, 1, out.resolve("sample-time-1-thread.json")).build()).run();

        String table = table(byBenchmark(oneThread), byBenchmark(twoThreads), byBenchmark(latency));
        System.out.println();
        System.out.println(table);
        Files.writeString(out.resolve("results.md"), table);
    }

    private static ChainedOptionsBuilder options(boolean quick, String only, Mode mode, int threads, Path result) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + "\\.(" + only + ")$")
                .mode(mode).threads(threads)
                .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                .resultFormat(ResultFormatType.JSON).result(result.toString());
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        return options;
    }

    private static void describeWorkload() {
        RuleSet ruleSet = new RuleSetCatalog(new RulesProperties("rules", "benchmark", 0)).active();
        Workload workload = Workload.generate(ruleSet, Workload.CONTACTS);
        int evaluations = workload.inputs().size();
        int distinct = workload.distinctContexts();
        System.out.printf(Locale.ROOT, "%nWorkload: %,d contacts (seed %d) -> %,d child evaluations, %,d distinct child contexts;%n"
                        + "a cache of %,d emptied at the start of each lap answers %.2f%% of a lap (best case with an unbounded cache: %.2f%%)%n%n",
                workload.contacts(), Workload.SEED, evaluations, distinct, SERVICE_CACHE_SIZE,
                100 * workload.hitRate(SERVICE_CACHE_SIZE), 100.0 * (evaluations - distinct) / evaluations);
    }

    private static Map<String, Result<?>> byBenchmark(Collection<RunResult> results) {
        Map<String, Result<?>> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            out.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        return out;
    }

    private static String table(Map<String, Result<?>> oneThread, Map<String, Result<?>> twoThreads, Map<String, Result<?>> latency) {
        double engine1 = oneThread.containsKey("engine") ? oneThread.get("engine").getScore() : Double.NaN;
        double engine2 = twoThreads.containsKey("engine") ? twoThreads.get("engine").getScore() : Double.NaN;
        List<String> lines = new ArrayList<>();
        lines.add("| Path | evaluations/s, 1 thread | evaluations/s, 2 threads | p50 µs | p99 µs | vs engine, 1 thread | vs engine, 2 threads |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        for (String name : List.of("engine", "fastPathNoCache", "fastPath", "cacheHit")) {
            if (!oneThread.containsKey(name)) {
                continue;
            }
            Result<?> one = oneThread.get(name);
            Result<?> two = twoThreads.get(name);
            Result<?> sample = latency.get(name);
            lines.add(String.format(Locale.ROOT, "| %s | %,.0f ± %,.0f | %,.0f ± %,.0f | %.1f | %.1f | %.2f× | %.2f× |", name,
                    one.getScore(), one.getScoreError(), two.getScore(), two.getScoreError(),
                    sample.getStatistics().getPercentile(50), sample.getStatistics().getPercentile(99),
                    one.getScore() / engine1, two.getScore() / engine2));
        }
        return String.join("\n", lines) + "\n";
    }
}
