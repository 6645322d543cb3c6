package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.LoggerContext;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.scenarios.ScenarioGate.GateRun;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Each gate run starts a whole instance of the service (web server, datasource, DMN runtime): once the run is over,
 * nothing in the hosting JVM may keep that instance reachable, or every run leaks 8-10 MB of heap.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gatehost;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ScenarioGateReleaseTest {
    private static final int RUNS = 3;

    @Autowired
    ApplicationContext host;

    @Test
    void theIsolatedInstancesAreReleasedAfterEachRun() throws Exception {
        List<WeakReference<ApplicationContext>> instances = new ArrayList<>();
        ScenarioGate gate = new ScenarioGate("features", host) {
            @Override
            protected void instanceStarted(ApplicationContext instance) {
                instances.add(new WeakReference<>(instance));
            }
        };
        List<ModelFile> rules = rules();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        int loggingListeners = logging.getCopyOfListenerList().size();
        int turboFilters = logging.getTurboFilterList().size();

        for (int i = 0; i < RUNS; i++) {
            GateRun run = gate.run(rules, List.of("features/decision/levels.feature"));
            assertThat(run.failed()).isZero();
            assertThat(run.passed()).isPositive();
        }

        assertThat(instances).hasSize(RUNS);
        // the hosting service's Logback context is shared: the instances leave nothing registered on it
        assertThat(logging.getCopyOfListenerList()).hasSize(loggingListeners);
        assertThat(logging.getTurboFilterList()).hasSize(turboFilters);
        for (int attempt = 0; attempt < 20 && instances.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(instances).as("isolated instances still reachable after the gate runs")
                .allSatisfy(r -> assertThat(r.get()).isNull());
    }

    private static List<ModelFile> rules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            List<ModelFile> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                out.add(new ModelFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
            return out;
        }
    }
}
