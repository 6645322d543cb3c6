package org.frontdoor.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.frontdoor.rules.Finding;
import org.frontdoor.security.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validation warnings a policy lead has looked at and means, each with why (e.g. "Level of need is always a whole
 * number from 1 to 4"). They stay on the report, marked; the report counts the ones nobody has acknowledged. A
 * warning is known by its kind, table and words: one that changes is asked about again. Only a draft's warnings can
 * be acknowledged; a new draft starts with those of the version it was made from, and the first version with those in
 * the rules folder's {@code acknowledged-warnings.csv}.
 */
@Component
public class ValidationAcknowledgements {
    /** The rules folder's file of the first version's acknowledgements: table, kind, message, reason. */
    public static final String SEED_FILE = "acknowledged-warnings.csv";

    private final JdbcClient jdbc;
    private final RuleSetVersions versions;
    private final DraftValidation validation;
    private final RuleSetStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    ValidationAcknowledgements(JdbcClient jdbc, RuleSetVersions versions, DraftValidation validation, RuleSetStore store,
                               TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.validation = validation;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /** One acknowledged warning. */
    public record Acknowledgement(String key, String kind, String table, String message, String reason, String by, Instant at) {
    }

    /** What identifies a warning across versions: its kind, table and words. */
    public static String key(Finding f) {
        return key(f.kind(), f.table(), f.message());
    }

    static String key(String kind, String table, String message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((kind + "\n" + (table == null ? "" : table) + "\n" + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version's acknowledgements by warning key. */
    public Map<String, Acknowledgement> of(String version) {
        Map<String, Acknowledgement> out = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM validation_acknowledgement WHERE version = ? ORDER BY acknowledged_at, finding_key").param(version)
                .query((rs, n) -> new Acknowledgement(rs.getString("finding_key"), rs.getString("kind"), rs.getString("table_name"),
                        rs.getString("message"), rs.getString("reason"), rs.getString("acknowledged_by"),
                        rs.getTimestamp("acknowledged_at").toInstant()))
                .list().forEach(a -> out.put(a.key(), a));
        return out;
    }

    /** How many of the version's warnings nobody has acknowledged. */
    public int unacknowledged(String version, List<Finding> warnings) {
        Map<String, Acknowledgement> acknowledged = of(version);
        return (int) warnings.stream().filter(w -> !acknowledged.containsKey(key(w))).count();
    }

    /**
     * Acknowledges one of the draft's current warnings (by its key) with why; it goes on the draft's history.
     *
     * @throws PolicyProblem not a draft, no such warning, or no reason
     */
    public void acknowledge(ActingUser actor, String version, String key, String reason) {
        actor.require(ActingUser.Role.POLICY_LEAD, "acknowledge a validation warning");
        RuleSetVersion v = versions.get(version);
        if (!v.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + v.status() + ": only a draft's warnings can be acknowledged.", List.of());
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw PolicyProblem.invalid("reason", "must say why this warning is intended (1 to 2,000 characters)");
        }
        Finding warning = validation.report(version).warnings().stream().filter(w -> key(w).equals(key)).findFirst()
                .orElseThrow(() -> PolicyProblem.invalid("key", "is not a warning of this draft's current validation report; reload the page"));
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.lock(version);
            store.acknowledge(version, key, warning.kind(), warning.table(), warning.message(), reason.strip(), actor.name(), now);
            store.event(version, "warning-acknowledged", actor.name(), now, "Acknowledged the warning \u201c" + warning.message()
                    + "\u201d. Why: " + reason.strip());
        });
    }

    /** One row of the rules folder's {@link #SEED_FILE}. */
    record Seed(String table, String kind, String message, String reason) {
    }

    /** The rows of the rules folder's CSV (columns table, kind, message, reason); none when there is no file. */
    static List<Seed> seedRows(byte[] csv) {
        if (csv == null) {
            return List.of();
        }
        List<Seed> out = new java.util.ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                Seed seed = new Seed(blankToNull(row.get("table")), row.getOrDefault("kind", "").strip(), row.getOrDefault("message", "").strip(),
                        row.getOrDefault("reason", "").strip());
                if (seed.kind().isEmpty() || seed.message().isEmpty() || seed.reason().isEmpty()) {
                    throw new IllegalStateException(SEED_FILE + ": every row needs a kind, a message and a reason");
                }
                out.add(seed);
            }
        } catch (IOException e) {
            throw new IllegalStateException(SEED_FILE + " could not be read", e);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
