package org.frontdoor.scenarios;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContext;

/**
 * The scenario gate: runs the practitioners' scenarios in {@code features/} (the same ones {@code mvn verify} runs)
 * against a draft rule set before it is published, and reports each scenario as passed or failed. This class runs
 * them in the JVM it is in; the service never does that with a draft: it runs this class in a worker process of its
 * own ({@link ScenarioGateWorker}, {@link GateWorkerMain}).
 *
 * <p>Each run writes the draft's DMN files to a fresh temporary folder, starts an isolated instance of the service on
 * them (its own web server on 127.0.0.1 and a random port, its own in-memory H2 database, the hosting service's
 * logging left alone), runs the scenarios in-process with the glue in this package, then closes the instance and
 * deletes the folder. Scenarios tagged {@code @publishing} (the policy-lead workflow, which runs the gate itself) are
 * left out. One run at a time: a second concurrent call fails fast with {@link GateBusy}. Only counts and timings are
 * logged, never scenario content.
 *
 * <p>Features are read from {@code frontdoor.scenarios.directory} (default {@code features}) when that folder exists,
 * otherwise from the copy packaged in the jar ({@code classpath:features}).
 */
public class ScenarioGate {
    private static final Logger log = LoggerFactory.getLogger(ScenarioGate.class);
    static final String GLUE = "org.frontdoor.scenarios";
    static final String EXCLUDED = "not @publishing";

    private final AtomicBoolean running = new AtomicBoolean();
    private final String scenariosDirectory;
    private final boolean hostOwnsLogging;

    public ScenarioGate(String scenariosDirectory, ApplicationContext host) {
        this(scenariosDirectory, host.containsBean(LoggingApplicationListener.LOGGING_SYSTEM_BEAN_NAME));
    }

    /** @param hostOwnsLogging true when something in this JVM has set up logging that the instance must leave alone */
    public ScenarioGate(String scenariosDirectory, boolean hostOwnsLogging) {
        this.scenariosDirectory = scenariosDirectory;
        this.hostOwnsLogging = hostOwnsLogging;
    }

    /** The outcome of one gate run; {@code failed} counts every scenario that did not pass (failed, undefined or skipped). */
    public record GateRun(Instant startedAt, long millis, int passed, int failed, List<ScenarioResult> scenarios) {
        public boolean allPassed() {
            return failed == 0 && passed > 0;
        }
    }

    /**
     * One scenario (one example row of an outline) of a gate run.
     *
     * @param location   e.g. {@code features/decision/levels.feature:23}
     * @param status     passed | failed | undefined | skipped
     * @param failedStep the step that did not pass, with its keyword, e.g. {@code Then the recommended level is 2}
     * @param expected   what the step expected, when the failure says (e.g. "2"); null otherwise
     * @param actual     what the draft gave instead (e.g. "3"); null otherwise
     * @param message    the failure's message, trimmed to about 500 characters; null when the scenario passed
     */
    /** @param names the rule ids and indicator codes the scenario's steps name ("L2-CD-01", "R-06a"), so a failure can be tied to the rows a draft changed */
    public record ScenarioResult(String feature, String scenario, String location, String status, String failedStep,
                                 String expected, String actual, String message, List<String> names) {
        public ScenarioResult {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** A draft's file names: plain {@code .dmn} names, none twice (checked before anything starts). */
    static void requireUsableNames(List<ModelFile> models) {
        Set<String> names = new HashSet<>();
        for (ModelFile model : models) {
            String name = model.fileName();
            if (name == null || !name.endsWith(".dmn") || name.contains("/") || name.contains("\\") || name.startsWith(".")
                    || !names.add(name)) {
                throw new IllegalArgumentException("Not a usable DMN file name in the draft: " + name);
            }
        }
    }

    /** Runs every gate scenario against the draft. */
    public GateRun run(List<ModelFile> draftModels) {
        return run(draftModels, List.of());
    }

    /**
     * Runs some of the scenarios against the draft.
     *
     * @param featurePaths feature files or folders as named in the project, e.g. {@code features/decision/levels.feature}
     *                     (a {@code :line} suffix picks one scenario); empty for all
     * @throws GateBusy when another gate run is under way
     * @throws DecisionNotReached when the draft does not compile (no scenario can run)
     */
    public GateRun run(List<ModelFile> draftModels, List<String> featurePaths) {
        if (draftModels == null || draftModels.isEmpty()) {
            throw new IllegalArgumentException("A draft rule set needs at least one DMN file");
        }
        List<String> chosen = featurePaths == null ? List.of() : featurePaths;
        chosen.forEach(ScenarioGate::requireInsideFeatures);   // before anything starts
        if (!running.compareAndSet(false, true)) {
            throw new GateBusy();
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Path rules = null;
        ServiceInstance instance = null;
        Map<String, String> properties = null;
        List<ScenarioResult> scenarios;
        long started;
        AutoCloseable quiet = GateLogging.quiet();
        AutoCloseable marked = GateLogging.markThisThread();
        try {
            rules = writeDraft(draftModels);
            properties = instanceProperties(rules);
            instance = startInstance(properties);
            instanceStarted(instance.context());
            started = System.nanoTime();
            scenarios = runScenarios(instance.target(), chosen);
        } finally {
            try {
                if (instance != null) {
                    instance.close();
                    dropDatabase(properties);
                }
            } finally {
                deleteQuietly(rules);
                closeQuietly(marked);
                closeQuietly(quiet);
                running.set(false);
            }
        }
        int passed = (int) scenarios.stream().filter(s -> "passed".equals(s.status())).count();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Scenario gate: {} scenarios, {} passed, {} did not, in {} ms (instance started in {} ms)",
                scenarios.size(), passed, scenarios.size() - passed, millis, (started - start) / 1_000_000);
        return new GateRun(startedAt, millis, passed, scenarios.size() - passed, scenarios);
    }

    /** A draft that does not compile stops the instance starting: the caller gets the rule set's problems. */
    private ServiceInstance startInstance(Map<String, String> properties) {
        try {
            return ServiceInstance.start(properties, hostOwnsLogging || ServiceInstance.loggingIsSetUp(), GateLogging.MarkRequests.class);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DecisionNotReached notReached) {
                    throw notReached;
                }
            }
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Scenario gate clean-up: {}", e.toString());
        }
    }

    /**
     * Properties of the isolated instance, added after (and so winning over) the gate's own: its web server, database
     * and rule folder. Override to add or change some.
     */
    protected Map<String, String> isolatedInstanceProperties() {
        return Map.of();
    }

    /** Called with each isolated instance once it has started (it is closed at the end of the run); does nothing here. */
    protected void instanceStarted(ApplicationContext instance) {
    }

    private Map<String, String> instanceProperties(Path rules) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("server.address", "127.0.0.1");
        p.put("server.shutdown", "immediate");
        p.put("spring.datasource.url", "jdbc:h2:mem:scenario-gate-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        // the scenarios sign in as the demo users, who exist only in this private in-memory instance, with a password
        // made for this run (never the demo profile's known one)
        p.put("spring.profiles.active", "scenario-gate");
        p.put("frontdoor.security.demo-password", UUID.randomUUID().toString());
        p.put("spring.datasource.username", "sa");
        p.put("spring.datasource.password", "");
        p.put("frontdoor.rules.directory", rules.toAbsolutePath().toString());
        p.put("frontdoor.rules.version", "draft");
        // the scenarios record contacts received years ago (history, late decisions), in this throwaway database
        p.put("frontdoor.referral.received-at-window", "P36500D");
        p.put("spring.main.banner-mode", "off");
        p.put("spring.application.name", "front-door-scenario-gate");
        p.put("spring.jmx.enabled", "false");
        p.put("management.metrics.use-global-registry", "false");
        p.putAll(isolatedInstanceProperties());
        return p;
    }

    private List<ScenarioResult> runScenarios(ScenarioTarget target, List<String> featurePaths) {
        Path directory = Path.of(scenariosDirectory);
        boolean onDisk = Files.isDirectory(directory);
        List<String> args = new ArrayList<>(List.of("--glue", GLUE, "--tags", EXCLUDED));
        if (featurePaths.isEmpty()) {
            args.add(onDisk ? directory.toAbsolutePath().toString() : "classpath:features");
        } else {
            featurePaths.forEach(f -> args.add(feature(f, directory, onDisk)));
        }
        RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream()).parse(args.toArray(String[]::new)).build();
        GateResults results = new GateResults(onDisk ? directory : null);
        ScenarioObjectFactory factory = new ScenarioObjectFactory(target);
        ScenarioObjectFactory.useTarget(target);
        try {
            Runtime.builder()
                    .withRuntimeOptions(options)
                    .withClassLoader(ScenarioGate.class::getClassLoader)
                    .withObjectFactorySupplier(() -> factory)
                    .withAdditionalPlugins(results)
                    .build()
                    .run();
        } finally {
            ScenarioObjectFactory.clearTarget();
        }
        return results.results();
    }

    /**
     * A feature path must stay inside {@code features/} once normalised: {@code features/} followed by an absolute
     * path, a {@code ..} that climbs out, a backslash, a URI scheme or an empty segment is refused.
     *
     * @throws IllegalArgumentException naming nothing of the path (it came from the caller)
     */
    public static String requireInsideFeatures(String path) {
        String file = path == null ? "" : path.replaceFirst(":\\d+$", "");
        if (!file.startsWith("features/") || file.contains("\\") || file.contains("//") || file.contains(":") || file.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A feature path must name a file or folder under features/");
        }
        Path base = Path.of("features");
        Path resolved;
        try {
            resolved = base.resolve(file.substring("features/".length())).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("A feature path must name a file or folder under features/");
        }
        if (resolved.isAbsolute() || !resolved.startsWith(base)) {
            throw new IllegalArgumentException("A feature path must name a file or folder under features/");
        }
        return path;
    }

    /** features/decision/levels.feature names a file under the scenarios folder (or the packaged copy), never outside it. */
    private static String feature(String path, Path directory, boolean onDisk) {
        requireInsideFeatures(path);
        String rest = path.substring("features/".length());
        String line = rest.matches(".*:\\d+$") ? rest.substring(rest.lastIndexOf(':')) : "";
        String file = line.isEmpty() ? rest : rest.substring(0, rest.length() - line.length());
        String normalised = Path.of(file).normalize().toString().replace('\\', '/');
        if (!onDisk) {
            return "classpath:features/" + normalised + line;
        }
        Path root = directory.toAbsolutePath().normalize();
        Path resolved = root.resolve(normalised).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("A feature path must name a file or folder under features/");
        }
        return resolved + line;
    }

    private static Path writeDraft(List<ModelFile> models) {
        try {
            Path dir = Files.createTempDirectory("frontdoor-gate-");
            try {
                requireUsableNames(models);
            } catch (IllegalArgumentException e) {
                deleteQuietly(dir);
                throw e;
            }
            for (ModelFile model : models) {
                Files.write(dir.resolve(model.fileName()), model.content());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the draft rule set", e);
        }
    }

    /** The in-memory database outlives its connections (DB_CLOSE_DELAY=-1), so it is dropped explicitly. */
    private static void dropDatabase(Map<String, String> properties) {
        String url = properties.get("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE",
                properties.getOrDefault("spring.datasource.username", "sa"), properties.getOrDefault("spring.datasource.password", ""));
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            log.debug("Scenario gate database already gone: {}", e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the scenario gate's temporary folder {}", dir);
        }
    }
}
