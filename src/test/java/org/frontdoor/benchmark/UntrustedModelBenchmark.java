package org.frontdoor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSetValidator;
import org.frontdoor.rules.SandboxResult;
import org.frontdoor.rules.UntrustedModels;
import org.frontdoor.rules.UntrustedWorkers;
import org.frontdoor.rules.internal.SandboxModel;

/**
 * What moving untrusted models into worker processes costs: a sandbox call and a draft validation, in this JVM (as
 * before) and in a warm worker (as now), and the screen that reads a model with the engine's own parser. Plain
 * timing loops after a warm-up; prints p50 and p95. Run with scripts/benchmark.sh (BENCHMARK=UntrustedModelBenchmark).
 */
public final class UntrustedModelBenchmark {
    private UntrustedModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ModelFile benefits = new ModelFile("sandbox.dmn", Files.readAllBytes(Path.of("src/test/resources/sandbox/kie-15-benefits.dmn")));
        SandboxResult.Model summary = new SandboxResult.Model("m", "n", "1.5");
        List<ModelFile> ruleSet;
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            ruleSet = files.filter(p -> p.toString().endsWith(".dmn")).sorted().map(p -> {
                try {
                    return new ModelFile(p.getFileName().toString(), Files.readAllBytes(p));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        UntrustedModels screen = new UntrustedModels(2L * 1024 * 1024);
        UntrustedWorkers workers = new UntrustedWorkers(1, "256m", 4, Duration.ofSeconds(60));
        RuleSetValidator inProcess = new RuleSetValidator();
        try {
            time("screen: the shipped catalogue read by the engine's parser", 20, 100, () -> screen.inspect(ruleSet.get(1)));
            time("sandbox, in this JVM (before)", 50, 300, () -> {
                SandboxModel m = SandboxModel.compile(benefits);
                return m.evaluate(summary, m.inputs(Map.of()));
            });
            time("sandbox, in a warm worker process (now)", 50, 300, () -> workers.sandbox(benefits, Map.of(), summary, Duration.ofSeconds(10)));
            time("draft validation of the shipped rule set, in this JVM (before)", 3, 10, () -> inProcess.validate(ruleSet));
            time("draft validation of the shipped rule set, in a warm worker (now)", 3, 10, () -> workers.validate(ruleSet, Duration.ofMinutes(2)));
            long t0 = System.nanoTime();
            UntrustedWorkers cold = new UntrustedWorkers(1, "256m", 4, Duration.ofSeconds(60));
            cold.sandbox(benefits, Map.of(), summary, Duration.ofSeconds(10));
            System.out.printf("first sandbox call with a cold pool (starts the worker JVM, engine and validator): %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
            cold.destroy();
        } finally {
            workers.destroy();
        }
    }

    private static void time(String what, int warmUp, int runs, Callable<?> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        long[] nanos = new long[runs];
        List<Object> keep = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            keep.add(call.call());
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%-70s p50 %8.2f ms  p95 %8.2f ms  (%d runs)%n", what, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, keep.size());
    }
}
