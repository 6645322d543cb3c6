package org.frontdoor.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.decision.Contact;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording a contact exactly once however often a client retries it: with an {@code Idempotency-Key}, the key, the
 * signed-in user and a hash of the contact as sent are stored in the same transaction as the referral. A retry with
 * the same key and contact gets the original referral back; the same key with a different contact is refused.
 * Two requests racing with one key both try to insert; the database's primary key lets one win, and the other is
 * rolled back entirely and answered with the winner's referral (waiting for it to commit if need be, or trying again
 * if the winner rolls back): never a second referral, never a 500 for a race.
 */
@Service
public class IdempotentIntake {
    static final String HEADER = "Idempotency-Key";
    /** A retry given the referral it recorded earlier reads it: audited as a view through the same endpoint. */
    static final String VIA_REPLAY = "API POST /api/referrals (retry with the same Idempotency-Key)";
    private static final int MAX_KEY = 200;
    /** Tries at recording a contact whose key another request holds but then rolls back. */
    private static final int ATTEMPTS = 3;
    private static final Duration DUPLICATE_WAIT = Duration.ofMillis(500);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(2);

    /** The referral a request recorded, and whether it was recorded just now or by an earlier request with the same key. */
    public record Outcome(RecordedReferral referral, boolean replayed) {
    }

    private final ReferralIntake intake;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentIntake(ReferralIntake intake, JdbcClient jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    public Outcome record(Contact contact, String actor, String key) {
        if (key == null) {
            return new Outcome(intake.record(contact, actor), false);
        }
        checkKey(key);
        String hash = hash(contact);
        Optional<Outcome> earlier = earlier(actor, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                RecordedReferral recorded = tx.execute(s -> {
                    RecordedReferral r = intake.record(contact, actor);
                    jdbc.sql("INSERT INTO idempotency_key (principal, idem_key, request_hash, referral_id, created_at) VALUES (?, ?, ?, ?, ?)")
                            .params(actor, key, hash, r.id(), Timestamp.from(clock.instant())).update();
                    return r;
                });
                return new Outcome(recorded, false);
            } catch (DataIntegrityViolationException raced) {
                // another request with this key committed first (the database made this one wait for it, then refused
                // the duplicate key): this one was rolled back whole; answer with the winner's referral
                Optional<Outcome> winner = awaitEarlier(actor, key, hash, DUPLICATE_WAIT);
                if (winner.isPresent()) {
                    return winner.get();
                }
                throw raced;   // not about the key after all
            } catch (TransientDataAccessException busy) {
                // another request with this key holds its row longer than the database's lock timeout (H2: 2 s), or a
                // lock or serialisation failure: this one was rolled back whole; wait for the other to commit and answer
                // with its referral, and if it rolled back instead, try again
                Optional<Outcome> winner = awaitEarlier(actor, key, hash, LOCK_WAIT);
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (attempt == ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    /** The earlier request's referral once it is committed, looking again every 50 ms for at most {@code wait}. */
    private Optional<Outcome> awaitEarlier(String actor, String key, String hash, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Outcome> earlier = earlier(actor, key, hash);
            if (earlier.isPresent() || System.nanoTime() >= deadline) {
                return earlier;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Optional<Outcome> earlier(String actor, String key, String hash) {
        record Row(String requestHash, String referralId) {
        }
        return jdbc.sql("SELECT request_hash, referral_id FROM idempotency_key WHERE principal = ? AND idem_key = ?")
                .params(actor, key).query(Row.class).optional().map(row -> {
                    if (!row.requestHash().equals(hash)) {
                        throw new IdempotencyKeyReused();
                    }
                    return new Outcome(intake.find(row.referralId(), actor, VIA_REPLAY).orElseThrow(), true);
                });
    }

    private static void checkKey(String key) {
        boolean printable = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (key.isEmpty() || key.length() > MAX_KEY || !printable) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem(HEADER,
                    "must be 1 to " + MAX_KEY + " printable ASCII characters without spaces, e.g. a UUID")));
        }
    }

    String hash(Contact contact) {
        try {
            byte[] canonical = json.writeValueAsString(contact).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the contact", e);
        }
    }

    /** The key was used before with a different contact: a client bug, never a retry. */
    public static class IdempotencyKeyReused extends RuntimeException {
        public IdempotencyKeyReused() {
            super("Idempotency-Key reused with a different contact");
        }
    }
}
