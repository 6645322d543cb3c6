package org.frontdoor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.frontdoor.FrontDoorApplication;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.scenarios.ScenarioGate.GateRun;
import org.frontdoor.scenarios.GateSpare;
import org.frontdoor.scenarios.ScenarioGateWorker;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the scenario gate on the rule set in {@code rules/} (every scenario of {@code features/}) as a policy lead meets
 * it: a run from a cold worker, then runs that find a spare worker ready (it is started after each run, and when a
 * draft's page is opened). Run: {@code BENCHMARK=GateBenchmark scripts/benchmark.sh} (see docs/benchmarks.md).
 */
public final class GateBenchmark {
    private static final int WARM_RUNS = 3;

    private GateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EngineBenchmark.quietLogs();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FrontDoorApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:mem:gatebench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--logging.level.root=WARN", "--logging.level.org.kie.dmn.core.compiler=ERROR")) {
            ScenarioGateWorker gate = context.getBean(ScenarioGateWorker.class);
            List<ModelFile> draft = sources();
            time("cold worker (JVM, private instance and engine start inside the run)", gate, draft);
            for (int run = 1; run <= WARM_RUNS; run++) {
                long waited = System.nanoTime();
                while (!GateSpare.ready(gate)) {
                    Thread.sleep(200);
                }
                System.out.printf(Locale.ROOT, "  (spare ready %.1f s after the run before ended)%n", (System.nanoTime() - waited) / 1e9);
                time("warm spare " + run, gate, draft);
            }
        }
    }

    private static void time(String label, ScenarioGateWorker gate, List<ModelFile> draft) {
        String load = loadAverage();
        long start = System.nanoTime();
        GateRun run = gate.run(draft, List.of(), Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Gate, %s: %d scenarios (%d passed, %d failed) in %.2f s (the worker's own count %.2f s); load before %s, after %s%n",
                label, run.scenarios().size(), run.passed(), run.failed(), seconds, run.millis() / 1e3, load, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<ModelFile> sources() throws IOException {
        return ShippedRules.files();
    }
}
