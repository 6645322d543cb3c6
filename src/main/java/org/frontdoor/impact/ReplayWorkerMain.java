package org.frontdoor.impact;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.Outcome;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.Workers;

/**
 * The impact analysis's worker: a small JVM of its own (started and limited like the untrusted-model worker: empty
 * environment, own folder, heap and time limits, locked down, nothing logged) that compiles a draft and the rule set
 * in force and replays recorded contacts against them, so a draft is never evaluated in the service. The service
 * reads the referrals and keeps the tally ({@link ImpactAnalysis}); it sends the contacts here in chunks and gets
 * each one's outcomes back.
 *
 * <p>Compiled rule sets are kept by content hash for the worker's life (the last {@link #KEPT}), so a request names
 * them by hash; when this worker has not compiled one yet it answers {@code needFiles} and the service sends the
 * request again with the files.
 */
public final class ReplayWorkerMain {
    static final int KEPT = 4;
    /** Distinct child contexts remembered per rule set, as in the service (frontdoor.rules.cache-size's default). */
    static final int CACHE_SIZE = 1000;

    /** A rule set: its version label, content hash and, when the worker asks for them, its files. */
    public record Side(String version, String hash, List<ModelFile> files) {
        Side withoutFiles() {
            return new Side(version, hash, null);
        }
    }

    /**
     * One recorded referral: its contact as stored, the history from records it was assessed with (by child
     * position), and which sides need evaluating (the service already has the published answer when it was recorded
     * under the published rules, and the draft's when the draft cannot change it).
     */
    public record Row(String id, Contact contact, Map<Integer, ChildHistory> known, boolean published, boolean draft) {
    }

    /** An empty {@code rows} asks only for the comparison of the two rule sets ({@link Response#changedIndicators}). */
    public record Request(Side published, Side draft, List<Row> rows) {
    }

    /**
     * A {@link Row} as the service writes it: the contact goes into the frame as the JSON it was stored as, so it is
     * neither parsed and written again by the service nor escaped into a string the worker would parse twice.
     */
    record SentRow(String id, @com.fasterxml.jackson.annotation.JsonRawValue String contact, Map<Integer, ChildHistory> known,
                   boolean published, boolean draft) {
    }

    /** A {@link Request} as the service writes it. */
    record SentRequest(Side published, Side draft, List<SentRow> rows) {
    }

    /** A row's outcomes on each side asked for, or why it could not be replayed (field names only, no case facts). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String id, List<Outcome> before, List<Outcome> after, String error) {
    }

    /**
     * One of: {@code ready}; {@code needFiles}; {@code compile} (a side does not compile: which one and the engine's
     * problems); {@code internal}; or the answers, with {@code catalogueOnly} and {@code changedIndicators} (when the
     * sets differ only in catalogue entries, the codes of those entries).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(Boolean ready, Boolean needFiles, String compileSide, List<String> compile, Boolean catalogueOnly,
                           List<String> changedIndicators, List<Answer> answers, String internal) {
        static Response answers(Boolean catalogueOnly, List<String> changed, List<Answer> answers) {
            return new Response(null, null, null, null, catalogueOnly, changed, answers, null);
        }
    }

    private final Map<String, RuleSet> compiled = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };
    /** The comparison of the last pair of rule sets asked about (the same pair comes with every chunk of a run). */
    private String comparedPair;
    private java.util.Set<String> comparison;
    private final ThresholdDecisions decisions;

    ReplayWorkerMain(ObjectMapper json) {
        this.decisions = ThresholdDecisions.forReplay(json);
    }

    /** Both sides of the protocol: the contact as the service stored it, outcomes as records. */
    static ObjectMapper json() {
        return JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(System.err);   // nothing but frames on stdout; the service discards stderr
        ObjectMapper json = json();
        ReplayWorkerMain worker = new ReplayWorkerMain(json);
        Workers.lockDown();
        Workers.write(out, json.writeValueAsBytes(new Response(true, null, null, null, null, null, null, null)));
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException serviceGone) {
                return;
            }
            if (length < 0 || length > Workers.MAX_FRAME) {
                return;
            }
            byte[] request = in.readNBytes(length);
            Response response;
            try {
                response = worker.handle(json.readValue(request, Request.class));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                response = new Response(null, null, null, null, null, null, null, e.getClass().getSimpleName());
            }
            Workers.write(out, json.writeValueAsBytes(response));
        }
    }

    Response handle(Request request) {
        RuleSet published;
        RuleSet draft;
        try {
            published = ruleSet(request.published());
        } catch (DecisionNotReached e) {
            return new Response(null, null, "published", e.problems(), null, null, null, null);
        }
        try {
            draft = ruleSet(request.draft());
        } catch (DecisionNotReached e) {
            return new Response(null, null, "draft", e.problems(), null, null, null, null);
        }
        if (published == null || draft == null) {
            return new Response(null, true, null, null, null, null, null, null);
        }
        String pair = published.hash() + " " + draft.hash();
        if (!pair.equals(comparedPair)) {
            comparison = published.catalogueDifferences(draft);
            comparedPair = pair;
        }
        java.util.Set<String> changed = comparison;
        List<Answer> answers = new ArrayList<>();
        for (Row row : request.rows() == null ? List.<Row>of() : request.rows()) {
            answers.add(replay(row, published, draft));
        }
        return Response.answers(changed != null, changed == null ? null : List.copyOf(new java.util.TreeSet<>(changed)), answers);
    }

    /** The compiled rule set for a side, compiling it from its files if given; null when it has to be sent. */
    private RuleSet ruleSet(Side side) {
        RuleSet kept = compiled.get(side.hash());
        if (kept != null || side.files() == null) {
            return kept;
        }
        RuleSet fresh = RuleSet.compileAlone(side.version(), side.files(), CACHE_SIZE);
        compiled.put(side.hash(), fresh);
        compiled.put(fresh.hash(), fresh);
        return fresh;
    }

    private Answer replay(Row row, RuleSet published, RuleSet draft) {
        Contact contact = row.contact();
        if (contact == null) {
            return new Answer(row.id(), null, null, "the recorded contact cannot be read");
        }
        Map<Integer, ChildHistory> known = row.known() == null ? Map.of() : row.known();
        List<Outcome> before = null;
        if (row.published()) {
            try {
                before = decisions.outcomes(published, contact, known);
            } catch (RuntimeException e) {
                return new Answer(row.id(), null, null, problem("published", e));
            }
        }
        List<Outcome> after = null;
        if (row.draft()) {
            try {
                after = decisions.outcomes(draft, contact, known);
            } catch (RuntimeException e) {
                return new Answer(row.id(), null, null, problem("draft", e));
            }
        }
        return new Answer(row.id(), before, after, null);
    }

    /** Field names and what the rule set's input types allow: no case facts. */
    static String problem(String which, RuntimeException e) {
        if (e instanceof InvalidContact invalid) {
            return which + " rule set refuses the contact: " + invalid.problems().stream().map(p -> p.field() + " " + p.message()).toList();
        }
        if (e instanceof DecisionNotReached notReached) {
            return which + " rule set reached no decision: " + notReached.problems();
        }
        return which + " rule set failed: " + e.getClass().getSimpleName();
    }
}
