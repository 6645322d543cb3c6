package org.frontdoor.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.frontdoor.decision.Contact;
import org.frontdoor.decision.Outcome;

/** Referrals waiting to be evaluated in a worker, sent {@link ImpactAnalysis#CHUNK_SIZE} at a time by whichever thread fills a batch. */
final class ReplayBatches {
    /** A row read and what it needs: the published answer when recorded under those rules, which sides to evaluate. */
    record Prepared(ImpactAnalysis.Row row, Contact contact, List<Outcome> recorded, boolean published, boolean draft) {
    }

    private final Function<List<ReplayWorkerMain.SentRow>, ReplayWorkerMain.Response> worker;
    private final Map<String, Prepared> prepared = new LinkedHashMap<>();
    private final List<ReplayWorkerMain.SentRow> rows = new ArrayList<>();

    /** @param worker sends rows to a replay worker and returns its answers */
    ReplayBatches(Function<List<ReplayWorkerMain.SentRow>, ReplayWorkerMain.Response> worker) {
        this.worker = worker;
    }

    void add(Prepared p, ReplayWorkerMain.SentRow row, ImpactTally.Tally tally) {
        Map<String, Prepared> full;
        List<ReplayWorkerMain.SentRow> send;
        synchronized (this) {
            prepared.put(row.id(), p);
            rows.add(row);
            if (rows.size() < ImpactAnalysis.CHUNK_SIZE) {
                return;
            }
            full = new HashMap<>(prepared);
            send = List.copyOf(rows);
            prepared.clear();
            rows.clear();
        }
        evaluate(full, send, tally);
    }

    void sendRest(ImpactTally.Tally tally) {
        Map<String, Prepared> rest;
        List<ReplayWorkerMain.SentRow> send;
        synchronized (this) {
            rest = new HashMap<>(prepared);
            send = List.copyOf(rows);
            prepared.clear();
            rows.clear();
        }
        if (!send.isEmpty()) {
            evaluate(rest, send, tally);
        }
    }

    private void evaluate(Map<String, Prepared> sent, List<ReplayWorkerMain.SentRow> send, ImpactTally.Tally tally) {
        for (ReplayWorkerMain.Answer a : worker.apply(send).answers()) {
            Prepared p = sent.get(a.id());
            if (a.error() != null) {
                tally.error(a.id(), a.error());
                continue;
            }
            List<Outcome> before = p.published() ? a.before() : p.recorded();
            List<Outcome> after = p.draft() ? a.after() : before;
            tally.add(p.row(), p.contact(), before, after);
        }
    }
}

