package org.frontdoor.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.frontdoor.decision.Assessment.Level;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.Outcome;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.impact.ImpactReport.AgeBand;
import org.frontdoor.impact.ImpactReport.ReplayError;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Replays the referrals recorded in a period against the published rule set and a draft, and reports what the
 * draft would have changed (see {@link ImpactReport}).
 *
 * <p>Each referral is replayed with its contact as recorded ({@code contact_json}) and the history the front door's
 * records gave at the time: the recommendation keeps, per child, the {@code history} it used, and when its source was
 * "front-door records" its contact and referral counts and open case are exactly what was passed to the tables then
 * (the earlier contacts list is not needed by the tables and is not read). That history is the one recorded under
 * the published rules: had the draft been in force, earlier referrals' outcomes (and so the social-care referral
 * counts of later ones) might have differed; the replay does not cascade that.
 *
 * <p>The draft is never compiled or evaluated here: both rule sets are compiled, and the contacts evaluated, in
 * replay worker processes ({@link ReplayWorkerMain}, a pool like the untrusted-model workers', ended
 * {@link #KEEP_WARM} after the last run). This class reads the referrals in pages by (received_at, id), sends them
 * in chunks (two sending threads per worker) and keeps the tally.
 *
 * <p>Speed: referrals recorded under the published rule set's hash take the stored recommendation as the published
 * answer (it is what the published rules gave; ImpactAnalysisTest checks it against a fresh evaluation). Everything
 * else is evaluated with only the Level and Pathways decisions and no rationale or due times
 * ({@link ThresholdDecisions#outcomes}). When the draft differs from the published set only in catalogue entries
 * ({@link RuleSet#catalogueDifferences}, worked out in the worker), a referral none of whose concerns is a changed
 * indicator is not evaluated with the draft at all: the decision model, its checks and its inputs are the same, so
 * its answer is the published one.
 */
@Service
public class ImpactAnalysis implements org.springframework.beans.factory.DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ImpactAnalysis.class);
    /** Errors listed in a report; beyond this only counted, so a draft that cannot evaluate anything gives a small report. */
    public static final int MAX_ERRORS_LISTED = 1_000;
    static final int PAGE_SIZE = 1_000;
    static final int CHUNK_SIZE = 200;
    /** Recent referrals each worker evaluates to warm up when a draft's page is opened ({@link #prepare}). */
    static final int WARM_UP = 2_000;

    private final JdbcClient jdbc;
    private final ThresholdDecisions decisions;
    private final ObjectReader contactReader;
    private final ObjectReader recordedReader;
    private final int threads;
    private final int pageSize;
    private final org.frontdoor.rules.UntrustedWorkers workers;
    private final java.time.Duration callLimit;
    private final ObjectMapper json;
    /** How long the replay workers stay up after a run. */
    static final java.time.Duration KEEP_WARM = java.time.Duration.ofMinutes(10);
    private final AtomicInteger running = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();
    /** The rule sets (content hashes) the live workers were last prepared for. */
    private volatile String preparedPair;
    private final java.util.concurrent.atomic.AtomicLong runsEnded = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "impact-replay-retirer");
        t.setDaemon(true);
        return t;
    });

    /** A rule set to compare, by its files (never compiled in the service for the comparison). */
    public record RuleSetFiles(String version, List<org.frontdoor.rules.ModelFile> files) {
        public String hash() {
            return org.frontdoor.rules.ModelFile.hashOf(files);
        }
    }

    @Autowired
    public ImpactAnalysis(JdbcClient jdbc, ThresholdDecisions decisions, ObjectMapper json, org.frontdoor.rules.RulesProperties rules,
                          @org.springframework.beans.factory.annotation.Value("${frontdoor.impact.worker-heap:384m}") String heap,
                          @org.springframework.beans.factory.annotation.Value("${frontdoor.impact.call-limit:120s}") java.time.Duration callLimit) {
        // two sending threads per worker, so a worker always has the next chunk waiting while the service reads answers
        this(jdbc, decisions, json, 2 * Runtime.getRuntime().availableProcessors(), PAGE_SIZE,
                new org.frontdoor.rules.UntrustedWorkers(ReplayWorkerMain.class, List.of(), Math.max(1, Runtime.getRuntime().availableProcessors()),
                        // not recycled by use: a run makes hundreds of calls, and the pool is ended after it anyway
                        heap, 64, rules.workerStartLimit(), Integer.MAX_VALUE), callLimit);
    }

    /** @param threads threads sending chunks to the workers; @param pageSize rows read per query */
    ImpactAnalysis(JdbcClient jdbc, ThresholdDecisions decisions, ObjectMapper json, int threads, int pageSize,
                   org.frontdoor.rules.UntrustedWorkers workers, java.time.Duration callLimit) {
        this.pageSize = pageSize;
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.contactReader = json.readerFor(Contact.class);
        this.recordedReader = json.readerFor(Recorded.Answer.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.threads = Math.max(1, threads);
        this.workers = workers;
        this.callLimit = callLimit;
        this.json = json;
    }

    /** The same analysis with fewer threads or smaller pages, sharing this one's workers (for tests). */
    ImpactAnalysis with(int threads, int pageSize) {
        return new ImpactAnalysis(jdbc, decisions, json, threads, pageSize, workers, callLimit);
    }

    @Override
    public void destroy() {
        retirer.shutdownNow();
        workers.destroy();
    }

    /** Ends the idle replay workers now, as happens {@link #KEEP_WARM} after the last run (for operations and benchmarks). */
    public void retireWorkers() {
        workers.retireIdle();
    }

    /** The replay worker processes (for tests and operations). */
    org.frontdoor.rules.UntrustedWorkers workers() {
        return workers;
    }

    /**
     * Referrals received from {@code from} (inclusive) to {@code to} (exclusive), replayed against both rule sets.
     *
     * @throws DecisionNotReached either rule set does not compile
     */
    public ImpactReport analyse(RuleSetFiles published, RuleSetFiles draft, Instant from, Instant to) {
        running.incrementAndGet();
        try {
            return analyseNow(published, draft, from, to);
        } finally {
            running.decrementAndGet();
        }
    }

    private ImpactReport analyseNow(RuleSetFiles published, RuleSetFiles draft, Instant from, Instant to) {
        long start = System.nanoTime();
        ReplayWorkerMain.Side pub = new ReplayWorkerMain.Side(published.version(), published.hash(), published.files());
        ReplayWorkerMain.Side dr = new ReplayWorkerMain.Side(draft.version(), draft.hash(), draft.files());
        ImpactTally.Tally total = new ImpactTally.Tally();
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "impact-replay-" + workerNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // bounded: the reader stays a few chunks ahead of the workers, so memory does not grow with the period
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> running = new ArrayList<>();
        try {
            // both compiled in every worker first: a draft that does not compile stops here; a catalogue-only change is known
            ReplayWorkerMain.Response compared = compileEverywhere(pub, dr);
            java.util.Set<String> changedIndicators = Boolean.TRUE.equals(compared.catalogueOnly())
                    ? java.util.Set.copyOf(compared.changedIndicators()) : null;
            ReplayBatches batches = new ReplayBatches(rows -> ask(pub, dr, rows));
            Row last = null;
            while (true) {
                List<Row> page = page(from, to, last);
                if (page.isEmpty()) {
                    break;
                }
                last = page.get(page.size() - 1);
                for (int i = 0; i < page.size(); i += CHUNK_SIZE) {
                    List<Row> chunk = page.subList(i, Math.min(page.size(), i + CHUNK_SIZE));
                    inFlight.acquire();
                    running.add(pool.submit(() -> {
                        try {
                            ImpactTally.Tally local = new ImpactTally.Tally();
                            prepare(chunk, pub, changedIndicators, local, batches);
                            synchronized (total) {
                                total.merge(local);
                            }
                        } finally {
                            inFlight.release();
                        }
                    }));
                }
                running.removeIf(Future::isDone);
                if (page.size() < pageSize) {
                    break;
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
            // what is left over: fewer than a batch
            batches.sendRest(total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("impact analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("impact analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
            retireLater();
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        ImpactReport report = total.report(pub, dr, from, to, elapsedMillis);
        log.info("Impact of rule set {} against {}: {} referrals ({} children) replayed, {} changed, {} errors, in {} ms",
                draft.version(), published.version(), report.totals().referralsReplayed(), report.totals().childrenReplayed(),
                report.totals().referralsChanged(), report.totals().referralsWithErrors(), elapsedMillis);
        return report;
    }

    /**
     * A policy lead usually runs the analysis again after a change, so the workers (and the rule sets they compiled)
     * stay up for {@link #KEEP_WARM} after a run; if no run comes in that time they are ended.
     */
    private void retireLater() {
        long ended = runsEnded.incrementAndGet();
        retirer.schedule(() -> {
            if (runsEnded.get() == ended && running.get() == 0) {
                workers.retireIdle();
            }
        }, KEEP_WARM.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the replay workers and has each compile both rule sets, in the background, so that a run the policy lead
     * starts next does not wait for that (a page showing a draft calls this). Does nothing while a run or another
     * preparation is under way; the workers are ended {@link #KEEP_WARM} later if no run comes. The future ends when they are ready.
     */
    public java.util.concurrent.CompletableFuture<Void> prepare(RuleSetFiles published, RuleSetFiles draft) {
        String pair = published.hash() + " " + draft.hash();
        // the same pair already prepared, its workers still up: another view of the page costs nothing
        if (pair.equals(preparedPair) && workers.liveWorkers() >= workers.size()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        if (running.get() > 0 || !preparing.compareAndSet(false, true)) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        try {
            return java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    ReplayWorkerMain.Side pub = new ReplayWorkerMain.Side(published.version(), published.hash(), published.files());
                    ReplayWorkerMain.Side dr = new ReplayWorkerMain.Side(draft.version(), draft.hash(), draft.files());
                    compileEverywhere(pub, dr);
                    warmUp(pub, dr);
                    preparedPair = pair;
                } catch (RuntimeException e) {
                    // a draft that does not compile, or busy workers: the run itself will say so
                    log.debug("Replay workers not prepared: {}", e.getClass().getSimpleName());
                } finally {
                    preparing.set(false);
                    retireLater();
                }
            }, retirer);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            preparing.set(false);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    /**
     * The most recent referrals ({@link #WARM_UP} of them, at most) evaluated with both rule sets in every worker and
     * the answers dropped: a fresh worker JVM evaluates several times slower until its JIT compiler has seen the
     * engine's hot paths on these models, and that is better done while the policy lead reads the draft's page.
     */
    private void warmUp(ReplayWorkerMain.Side published, ReplayWorkerMain.Side draft) {
        List<ReplayWorkerMain.SentRow> rows = jdbc.sql("SELECT id, contact_json, recommendation_json FROM referral ORDER BY received_at DESC LIMIT "
                        + WARM_UP)
                .query((rs, n) -> {
                    try {
                        Recorded.Answer recorded = recordedReader.readValue(rs.getString("recommendation_json"));
                        return new ReplayWorkerMain.SentRow(rs.getString("id"), rs.getString("contact_json"), Recorded.knownHistory(recorded), true, true);
                    } catch (java.io.IOException e) {
                        return null;
                    }
                }).list().stream().filter(java.util.Objects::nonNull).toList();
        List<java.util.concurrent.CompletableFuture<ReplayWorkerMain.Response>> sent = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            sent.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                ReplayWorkerMain.Response last = null;
                for (int from = 0; from < rows.size(); from += CHUNK_SIZE) {
                    last = ask(published, draft, rows.subList(from, Math.min(rows.size(), from + CHUNK_SIZE)));
                }
                return last;
            }, ownThread("impact-replay-warm-up")));
        }
        sent.forEach(java.util.concurrent.CompletableFuture::join);
    }

    /**
     * Both rule sets compiled in each worker at once (with their files, so no worker asks for them), and their
     * comparison; a cold run would otherwise have one worker compile while the other waits for the first chunks.
     */
    private ReplayWorkerMain.Response compileEverywhere(ReplayWorkerMain.Side published, ReplayWorkerMain.Side draft) {
        List<java.util.concurrent.CompletableFuture<ReplayWorkerMain.Response>> asks = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            // a thread each, so every call holds a worker of its own at the same time
            asks.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> workers.ask(
                    new ReplayWorkerMain.SentRequest(published, draft, List.of()), ReplayWorkerMain.Response.class, callLimit),
                    ownThread("impact-replay-compile")));
        }
        ReplayWorkerMain.Response first = null;
        for (var ask : asks) {
            ReplayWorkerMain.Response r;
            try {
                r = ask.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            if (r.compile() != null) {
                throw new DecisionNotReached("draft".equals(r.compileSide()) ? draft.version() : published.version(), r.compile());
            }
            if (r.answers() == null) {
                throw new IllegalStateException("the replay worker could not compare the rule sets (" + r.internal() + ")");
            }
            first = first == null ? r : first;
        }
        return first;
    }

    /**
     * A worked example a policy lead typed (never stored): the contact on both rule sets, in a replay worker like the
     * recorded referrals, so the draft is evaluated only where Java classes cannot be reached.
     *
     * @return per child (in the contact's order) the outcome on the published rules ({@code before}) and on the draft
     *         ({@code after}), or the reason it could not be evaluated
     * @throws DecisionNotReached either rule set does not compile
     */
    public ReplayWorkerMain.Answer example(RuleSetFiles published, RuleSetFiles draft, Contact contact) {
        ReplayWorkerMain.Side pub = new ReplayWorkerMain.Side(published.version(), published.hash(), published.files());
        ReplayWorkerMain.Side dr = new ReplayWorkerMain.Side(draft.version(), draft.hash(), draft.files());
        String written;
        try {
            written = json.writeValueAsString(contact);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a contact could not be written for the replay worker", e);
        }
        ReplayWorkerMain.Response r = ask(pub, dr, List.of(new ReplayWorkerMain.SentRow("example", written, java.util.Map.of(), true, true)));
        return r.answers().get(0);
    }

    /** Runs each task on a daemon thread of its own. */
    private static java.util.concurrent.Executor ownThread(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** One request to a replay worker, sent again with the rule sets' files when that worker has not compiled them yet. */
    private ReplayWorkerMain.Response ask(ReplayWorkerMain.Side published, ReplayWorkerMain.Side draft, List<ReplayWorkerMain.SentRow> rows) {
        ReplayWorkerMain.Response r = workers.ask(new ReplayWorkerMain.SentRequest(published.withoutFiles(), draft.withoutFiles(), rows),
                ReplayWorkerMain.Response.class, callLimit);
        if (Boolean.TRUE.equals(r.needFiles())) {
            r = workers.ask(new ReplayWorkerMain.SentRequest(published, draft, rows), ReplayWorkerMain.Response.class, callLimit);
        }
        if (r.compile() != null) {
            throw new DecisionNotReached("draft".equals(r.compileSide()) ? draft.version() : published.version(), r.compile());
        }
        if (r.answers() == null) {
            throw new IllegalStateException("the replay worker could not replay the referrals (" + r.internal() + ")");
        }
        return r;
    }

    private List<Row> page(Instant from, Instant to, Row after) {
        String sql = """
                SELECT id, received_at, referrer_type, rule_set_hash, contact_json, recommendation_json FROM referral
                WHERE received_at >= ? AND received_at < ?""";
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        if (after != null) {
            sql += " AND (received_at > ? OR (received_at = ? AND id > ?))";
            params.addAll(List.of(after.receivedAt(), after.receivedAt(), after.id()));
        }
        sql += " ORDER BY received_at, id LIMIT " + pageSize;
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Row(rs.getString("id"), rs.getTimestamp("received_at"), rs.getString("referrer_type"),
                        rs.getString("rule_set_hash"), rs.getString("contact_json"), rs.getString("recommendation_json")))
                .list();
    }

    /**
     * One chunk read: each referral that needs no evaluation (its published answer stored, the draft unable to change
     * it) is tallied at once; the others are handed to {@code batches}, which sends them to a worker a full batch at a
     * time, so a run where few referrals need evaluating makes few calls.
     */
    private void prepare(List<Row> chunk, ReplayWorkerMain.Side published, java.util.Set<String> changedIndicators,
                         ImpactTally.Tally tally, ReplayBatches batches) {
        for (Row row : chunk) {
            tally.read++;
            Contact contact;
            Recorded.Answer recorded;
            try {
                contact = contactReader.readValue(row.contactJson());
                recorded = recordedReader.readValue(row.recommendationJson());
            } catch (Exception e) {
                // the parser's message quotes the stored text: only say which column could not be read
                tally.error(row.id(), "the recorded contact or recommendation cannot be read");
                continue;
            }
            boolean reuse = published.hash().equals(row.ruleSetHash()) && recorded.children() != null
                    && recorded.children().size() == contact.children().size();
            boolean unaffected = changedIndicators != null
                    && contact.allConcerns().stream().noneMatch(changedIndicators::contains);
            if (reuse) {
                tally.reused++;
            }
            if (unaffected) {
                tally.unaffected++;
            }
            ReplayBatches.Prepared p = new ReplayBatches.Prepared(row, contact, reuse ? recorded.outcomes() : null, !reuse, !unaffected);
            if (reuse && unaffected) {
                tally.add(row, contact, p.recorded(), p.recorded());
            } else {
                batches.add(p, new ReplayWorkerMain.SentRow(row.id(), row.contactJson(), Recorded.knownHistory(recorded), !reuse, !unaffected),
                        tally);
            }
        }
    }

    /**
     * A recorded referral evaluated again, with the contact and the history it was recorded with, against a rule set
     * (usually the version that produced it): whether the answer is the one recorded.
     */
    public record Reassessment(String referralId, String recordedHash, Assessment assessment, List<Outcome> recorded,
                               boolean sameAsRecorded) {
    }

    /** The content hash of the rule set a recorded referral was assessed with; empty if there is no such referral. */
    public java.util.Optional<String> recordedRuleSetHash(String referralId) {
        return jdbc.sql("SELECT rule_set_hash FROM referral WHERE id = ?").param(referralId).query(String.class).optional();
    }

    /** Evaluates one recorded referral again; empty if there is no such referral. */
    public java.util.Optional<Reassessment> reassess(String referralId, RuleSet ruleSet) {
        return jdbc.sql("SELECT id, received_at, referrer_type, rule_set_hash, contact_json, recommendation_json FROM referral WHERE id = ?")
                .param(referralId)
                .query((rs, n) -> new Row(rs.getString("id"), rs.getTimestamp("received_at"), rs.getString("referrer_type"),
                        rs.getString("rule_set_hash"), rs.getString("contact_json"), rs.getString("recommendation_json")))
                .optional().map(row -> {
                    try {
                        Contact contact = contactReader.readValue(row.contactJson());
                        Recorded.Answer recorded = recordedReader.readValue(row.recommendationJson());
                        Assessment again = decisions.assess(ruleSet, contact, Recorded.knownHistory(recorded));
                        List<Outcome> now = again.children().stream().map(c -> new Outcome(c.level(), c.pathways().stream()
                                .map(p -> new Outcome.Route(p.code(), p.label(), p.primary(), p.socialCare())).toList())).toList();
                        return new Reassessment(row.id(), row.ruleSetHash(), again, recorded.outcomes(), now.equals(recorded.outcomes()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("The recorded referral " + referralId + " cannot be read");
                    }
                });
    }

    record Row(String id, Timestamp receivedAt, String referrerType, String ruleSetHash, String contactJson, String recommendationJson) {
    }


    /** Pathway codes in natural order: P2 before P10. */
    static int byCode(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        String pa = a.replaceAll("\\d", "");
        String pb = b.replaceAll("\\d", "");
        int c = pa.compareTo(pb);
        if (c != 0 || da.isEmpty() || db.isEmpty() || da.length() > 9 || db.length() > 9) {
            return c != 0 ? c : a.compareTo(b);
        }
        c = Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
        return c != 0 ? c : a.compareTo(b);
    }
}
