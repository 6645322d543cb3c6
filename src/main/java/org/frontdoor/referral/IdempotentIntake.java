package org.frontdoor.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.decision.Contact;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording a contact exactly once however often a client retries it: with an {@code Idempotency-Key}, the key, the
 * signed-in user and a hash of the contact as sent are stored in the same transaction as the referral. A retry with
 * the same key and contact gets the original referral back; the same key with a different contact is refused.
 * Two requests racing with one key both try to insert; the database's primary key lets one win, and the other is
 * rolled back entirely and answered with the winner's referral.
 */
@Service
public class IdempotentIntake {
    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

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
        try {
            RecordedReferral recorded = tx.execute(s -> {
                RecordedReferral r = intake.record(contact, actor);
                jdbc.sql("INSERT INTO idempotency_key (principal, idem_key, request_hash, referral_id, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(actor, key, hash, r.id(), Timestamp.from(clock.instant())).update();
                return r;
            });
            return new Outcome(recorded, false);
        } catch (DataIntegrityViolationException raced) {
            // another request with this key committed first: this one was rolled back whole; answer with the winner's
            return earlier(actor, key, hash).orElseThrow(() -> raced);
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
                    return new Outcome(intake.find(row.referralId(), actor).orElseThrow(), true);
                });
    }

    private static void checkKey(String key) {
        boolean printable = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (key.isEmpty() || key.length() > MAX_KEY || !printable) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem(HEADER,
                    "must be 1 to " + MAX_KEY + " printable ASCII characters without spaces, e.g. a UUID")));
        }
    }

    private String hash(Contact contact) {
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
