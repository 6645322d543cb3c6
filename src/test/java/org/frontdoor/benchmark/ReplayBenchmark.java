package org.frontdoor.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApplication;
import org.frontdoor.benchmark.RandomContacts.GeneratedContact;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.impact.ImpactAnalysis;
import org.frontdoor.impact.ImpactReport;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times {@link ImpactAnalysis#analyse} over a year of recorded referrals (100,000 by default) in an in-memory H2
 * database, against a draft where indicator L2-CD-01 is level 3 instead of 2: A, as is (a catalogue-only change, so
 * only referrals with that concern are evaluated with the draft); B, with a comment added to the decision model so
 * that every referral is evaluated with the draft (the cost of any draft that changes the decision model).
 *
 * <p>The referrals are recorded the way the service records them, minus the HTTP layer: {@link RandomContacts}
 * (seed {@link Workload#SEED}) gives the contacts, {@link ThresholdDecisions#assess} with the published rule set gives
 * the recommendation, and both are written as JSON with the service's ObjectMapper, spread evenly over 2025, with the
 * published rule set's version and hash. About 15% of children get a made-up "front-door records" history, so replay
 * reads that path too. Contacts the rules refuse (a professional asking to stay anonymous) are not recorded, as in the
 * service. Only the {@code referral} table is filled: the replay reads nothing else.
 *
 * <p>Arguments: the number of referrals (default 100000); {@code all} adds a run C where the published side is
 * evaluated too (a "published" rule set under which nothing was recorded: the worst case).
 * Run: {@code BENCHMARK=ReplayBenchmark scripts/benchmark.sh} (see docs/benchmarks.md).
 */
public final class ReplayBenchmark {
    private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2026-01-01T00:00:00Z");
    private static final int RUNS = 3;

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int referrals = Stream.of(args).filter(a -> a.matches("\\d+")).map(Integer::parseInt).findFirst().orElse(100_000);
        boolean worstCase = List.of(args).contains("all");
        EngineBenchmark.quietLogs();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FrontDoorApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // as arguments, which win over application.yml (default properties would not)
                .run("--spring.datasource.url=jdbc:h2:mem:replay;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--logging.level.root=WARN", "--logging.level.org.kie.dmn.core.compiler=ERROR")) {
            RuleSetCatalog catalog = context.getBean(RuleSetCatalog.class);
            RuleSet published = catalog.active();
            long start = System.nanoTime();
            long[] recorded = record(context, published, referrals);
            System.out.printf(Locale.ROOT, "Recorded %,d referrals (%,d children; %,d contacts refused by the rules and not recorded) in %.1f s%n",
                    recorded[0], recorded[1], recorded[2], (System.nanoTime() - start) / 1e9);

            ImpactAnalysis impact = context.getBean(ImpactAnalysis.class);
            expectedReferrals = recorded[0];
            long rows = context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM referral", Long.class);
            if (rows != recorded[0]) {
                throw new IllegalStateException(rows + " rows in the referral table, " + recorded[0] + " recorded: not a fresh database");
            }
            System.out.printf("Threads: %d (availableProcessors); max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            // the analysis compiles and evaluates both sides in its replay worker processes, from their files
            ImpactAnalysis.RuleSetFiles publishedFiles = new ImpactAnalysis.RuleSetFiles(published.version(), sources());
            ImpactAnalysis.RuleSetFiles draftFiles = new ImpactAnalysis.RuleSetFiles("draft-L2-CD-01-at-3", draftSources());
            for (int run = 1; run <= RUNS; run++) {
                time("A" + run + " catalogue-only draft (only referrals with L2-CD-01 evaluated)", () -> impact.analyse(publishedFiles, draftFiles, YEAR_START, YEAR_END));
            }
            // the same draft with a comment added to the decision model: no longer provably "catalogue only", so the
            // draft is evaluated for every referral, as for any draft that changes the decision model
            ImpactAnalysis.RuleSetFiles evaluatedThroughout = new ImpactAnalysis.RuleSetFiles("draft-touched",
                    touched(draftSources(), "front-door-decision.dmn"));
            for (int run = 1; run <= RUNS; run++) {
                time("B" + run + " draft evaluated for every referral", () -> impact.analyse(publishedFiles, evaluatedThroughout, YEAR_START, YEAR_END));
            }
            // as a policy lead meets it: the draft's page was opened first, so the workers started, compiled and warmed up
            // on recent referrals in the background (ImpactAnalysis.prepare), then the run
            for (String run : new String[] {"P1", "P2"}) {
                impact.retireWorkers();
                long preparing = System.nanoTime();
                impact.prepare(publishedFiles, evaluatedThroughout).join();
                System.out.printf(Locale.ROOT, "%s: workers started, compiled and warmed up in the background in %.1f s%n", run,
                        (System.nanoTime() - preparing) / 1e9);
                time(run + " draft evaluated for every referral, after the draft's page prepared the workers",
                        () -> impact.analyse(publishedFiles, evaluatedThroughout, YEAR_START, YEAR_END));
            }
            if (worstCase) {
                // published tables with a comment added: same answers, another hash, so no stored answer is reused either
                ImpactAnalysis.RuleSetFiles republished = new ImpactAnalysis.RuleSetFiles("published-again",
                        touched(sources(), "indicator-catalogue.dmn"));
                time("C worst case: both sides evaluated for every referral", () -> impact.analyse(republished, evaluatedThroughout, YEAR_START, YEAR_END));
            }
        }
    }

    /** CPU time of the whole process (every thread, GC too): less sensitive than wall time to other processes' load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long expectedReferrals;

    private static void time(String label, java.util.function.Supplier<ImpactReport> analysis) {
        System.gc();
        String load = loadAverage();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ImpactReport report = analysis.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ImpactReport.Totals t = report.totals();
        if (new java.util.HashSet<>(report.changedReferralIds()).size() != report.changedReferralIds().size()) {
            System.out.println("DUPLICATE changed ids");
        }
        if (t.referralsRead() != expectedReferrals) {
            throw new IllegalStateException(t.referralsRead() + " referrals read, " + expectedReferrals + " recorded");
        }
        System.out.printf(Locale.ROOT, "%s: %,d referrals, %,d children, %.2f s (process CPU %.1f s), %,.0f referrals/s, heap used %,d MB; "
                        + "%,d referrals changed (%,d children raised, %,d lowered), %,d errors, %,d stored answers reused, "
                        + "%,d referrals not evaluated with the draft; load before %s, after %s%n",
                label, t.referralsReplayed(), t.childrenReplayed(), seconds, cpuSeconds, t.referralsRead() / seconds, heapUsed >> 20,
                t.referralsChanged(), t.childrenLevelRaised(), t.childrenLevelLowered(), t.referralsWithErrors(), t.publishedAnswersReused(),
                t.referralsUnaffectedByDraft(), load, loadAverage());
    }

    /** Referrals, children and refused contacts. */
    private static long[] record(ConfigurableApplicationContext context, RuleSet published, int referrals) throws Exception {
        ThresholdDecisions decisions = context.getBean(ThresholdDecisions.class);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        RandomContacts generator = new RandomContacts(Workload.SEED, published.indicators());
        Random random = new Random(Workload.SEED);
        Duration step = Duration.between(YEAR_START, YEAR_END).dividedBy(referrals);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long children = 0;
        long refused = 0;
        int written = 0;
        try {
            while (written < referrals) {
                int batch = Math.min(2_000, referrals - written);
                List<Contact> contacts = new ArrayList<>(batch);
                List<Map<Integer, ChildHistory>> histories = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    Contact c = contact(generator.next(), YEAR_START.plus(step.multipliedBy(written + i)), json);
                    contacts.add(c);
                    histories.add(history(c, random));
                }
                List<Future<Object[]>> rows = new ArrayList<>();
                int perTask = (batch + threads - 1) / threads;
                for (int from = 0; from < batch; from += perTask) {
                    List<Contact> part = contacts.subList(from, Math.min(batch, from + perTask));
                    List<Map<Integer, ChildHistory>> partHistory = histories.subList(from, Math.min(batch, from + perTask));
                    rows.add(pool.submit(() -> {
                        List<Object[]> out = new ArrayList<>();
                        int skipped = 0;
                        for (int i = 0; i < part.size(); i++) {
                            try {
                                Assessment a = decisions.assess(published, part.get(i), partHistory.get(i));
                                out.add(new Object[] {java.util.UUID.randomUUID().toString(), Timestamp.from(a.receivedAt()),
                                        Timestamp.from(a.receivedAt()), part.get(i).referrer().type(), a.ruleSet().version(),
                                        a.ruleSet().hash(), json.writeValueAsString(part.get(i)), json.writeValueAsString(a),
                                        a.children().size()});
                            } catch (InvalidContact e) {
                                skipped++;
                            }
                        }
                        return new Object[] {out, skipped};
                    }));
                }
                List<Object[]> insert = new ArrayList<>();
                for (Future<Object[]> f : rows) {
                    Object[] r = f.get();
                    @SuppressWarnings("unchecked")
                    List<Object[]> out = (List<Object[]>) r[0];
                    refused += (int) r[1];
                    for (Object[] row : out) {
                        children += (int) row[8];
                        insert.add(java.util.Arrays.copyOf(row, 8));
                    }
                }
                jdbc.batchUpdate("""
                        INSERT INTO referral (id, received_at, recorded_at, referrer_type, rule_set_version, rule_set_hash, contact_json, recommendation_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", insert);
                written += insert.size();
            }
        } finally {
            pool.shutdownNow();
        }
        return new long[] {written, children, refused};
    }

    /** A generated contact as the API would have received it: the rule-set inputs mapped back to a {@link Contact}. */
    private static Contact contact(GeneratedContact generated, Instant receivedAt, ObjectMapper json) {
        Map<String, Object> body = new LinkedHashMap<>(generated.children().get(0));
        body.remove("child");
        body.put("receivedAt", receivedAt.toString());
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 0; i < generated.children().size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = new LinkedHashMap<>((Map<String, Object>) generated.children().get(i).get("child"));
            child.put("ref", "child-" + (i + 1));
            children.add(child);
        }
        body.put("children", children);
        return json.convertValue(body, Contact.class);
    }

    /** About 15% of children are known to the front door's records; a few of those are open to early help. */
    private static Map<Integer, ChildHistory> history(Contact contact, Random random) {
        Map<Integer, ChildHistory> known = new HashMap<>();
        for (int i = 0; i < contact.children().size(); i++) {
            if (random.nextDouble() < 0.15) {
                int contacts = 1 + random.nextInt(4);
                int referrals = random.nextInt(contacts + 1) / 2;
                known.put(i, new ChildHistory(contacts, referrals, random.nextDouble() < 0.1 ? "early-help" : null, List.of()));
            }
        }
        return known;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<ModelFile> sources() throws IOException {
        return ShippedRules.files();
    }

    /** {@code files} with a comment added to {@code fileName}: the same tables under another hash. */
    private static List<ModelFile> touched(List<ModelFile> files, String fileName) {
        return files.stream().map(f -> f.fileName().equals(fileName)
                ? new ModelFile(f.fileName(), (new String(f.content(), StandardCharsets.UTF_8) + "\n<!-- touched -->\n").getBytes(StandardCharsets.UTF_8))
                : f).toList();
    }

    /** The catalogue with L2-CD-01's level 2 changed to 3. */
    private static List<ModelFile> draftSources() throws IOException {
        List<ModelFile> out = new ArrayList<>();
        for (ModelFile f : sources()) {
            if (!f.fileName().equals("indicator-catalogue.dmn")) {
                out.add(f);
                continue;
            }
            String xml = new String(f.content(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(<text>&quot;L2-CD-01&quot;</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>)2(</text>)").matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException("L2-CD-01's level output not found in the catalogue");
            }
            out.add(new ModelFile(f.fileName(), (xml.substring(0, m.start()) + m.group(1) + "3" + m.group(2) + xml.substring(m.end()))
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
