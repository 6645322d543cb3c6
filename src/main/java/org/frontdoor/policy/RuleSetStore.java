package org.frontdoor.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.frontdoor.policy.RuleSetVersion.Event;
import org.frontdoor.policy.RuleSetVersion.IntendedChange;
import org.frontdoor.policy.RuleSetVersion.Model;
import org.frontdoor.rules.ModelFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for rule-set versions, their files, contributors, intended changes and events. */
@Repository
class RuleSetStore {
    private final JdbcClient jdbc;

    RuleSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_set_version").query(Long.class).single() == 0;
    }

    int nextSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM rule_set_version").query(Integer.class).single();
    }

    void insert(String version, int seq, String status, String basedOn, String hash, String author, Instant at, String note) {
        jdbc.sql("""
                INSERT INTO rule_set_version (version, seq, status, based_on, content_hash, author, created_at, change_note, row_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(version, seq, status, basedOn, hash, author, ts(at), note).update();
    }

    void putModel(String version, ModelFile file) {
        jdbc.sql("DELETE FROM rule_set_model WHERE version = ? AND file_name = ?").params(version, file.fileName()).update();
        jdbc.sql("INSERT INTO rule_set_model (version, file_name, content, content_hash) VALUES (?, ?, ?, ?)")
                .params(version, file.fileName(), file.content(), file.hash()).update();
    }

    void removeModels(String version) {
        jdbc.sql("DELETE FROM rule_set_model WHERE version = ?").param(version).update();
    }

    void addContributor(String version, String person) {
        int known = jdbc.sql("SELECT COUNT(*) FROM rule_set_contributor WHERE version = ? AND person = ?")
                .params(version, person).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("INSERT INTO rule_set_contributor (version, person) VALUES (?, ?)").params(version, person).update();
        }
    }

    void event(String version, String action, String actor, Instant at, String note) {
        jdbc.sql("INSERT INTO rule_set_event (version, action, actor, at, note) VALUES (?, ?, ?, ?, ?)")
                .params(version, action, actor, ts(at), note).update();
    }

    void markIntended(String version, String scenario, String reason, String actor, Instant at) {
        jdbc.sql("DELETE FROM rule_set_intended_change WHERE version = ? AND scenario = ?").params(version, scenario).update();
        jdbc.sql("INSERT INTO rule_set_intended_change (version, scenario, reason, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)")
                .params(version, scenario, reason, actor, ts(at)).update();
    }

    /**
     * Changes a version's state if nobody else has since ({@code rowVersion} as read); false if someone did.
     * {@code assignments} is SQL like "status = ?, approved_by = ?" with its parameters.
     */
    boolean update(String version, int rowVersion, String assignments, Object... params) {
        Object[] all = new Object[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = version;
        all[params.length + 1] = rowVersion;
        return jdbc.sql("UPDATE rule_set_version SET " + assignments + ", row_version = row_version + 1 WHERE version = ? AND row_version = ?")
                .params(all).update() == 1;
    }

    /** The content hash recorded when the version was approved, if it was. */
    Optional<String> approvedHash(String version) {
        return jdbc.sql("SELECT approved_hash FROM rule_set_version WHERE version = ?").param(version)
                .query((rs, n) -> rs.getString(1)).optional();
    }

    List<ModelFile> models(String version) {
        return jdbc.sql("SELECT file_name, content FROM rule_set_model WHERE version = ? ORDER BY file_name").param(version)
                .query((rs, n) -> new ModelFile(rs.getString("file_name"), rs.getBytes("content"))).list();
    }

    Optional<ModelFile> model(String version, String fileName) {
        return jdbc.sql("SELECT file_name, content FROM rule_set_model WHERE version = ? AND file_name = ?").params(version, fileName)
                .query((rs, n) -> new ModelFile(rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    Optional<String> gateReport(String version) {
        return jdbc.sql("SELECT gate_report FROM rule_set_version WHERE version = ?").param(version).query(String.class).optional();
    }

    /** Records (or records again) that a warning of the version is intended, and why. */
    void acknowledge(String version, String key, String kind, String table, String message, String reason, String by, Instant at) {
        jdbc.sql("DELETE FROM validation_acknowledgement WHERE version = ? AND finding_key = ?").params(version, key).update();
        jdbc.sql("""
                INSERT INTO validation_acknowledgement (version, finding_key, kind, table_name, message, reason, acknowledged_by, acknowledged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(version, key, kind, table, message, reason, by, ts(at)).update();
    }

    /** A new draft starts with the acknowledged warnings of the version it was made from. */
    void copyAcknowledgements(String from, String to) {
        jdbc.sql("""
                INSERT INTO validation_acknowledgement (version, finding_key, kind, table_name, message, reason, acknowledged_by, acknowledged_at)
                SELECT ?, finding_key, kind, table_name, message, reason, acknowledged_by, acknowledged_at
                FROM validation_acknowledgement WHERE version = ?""").params(to, from).update();
    }

    /**
     * Holds the version's row until the transaction ends, so changes to one draft's files are made one after another:
     * the second sees the first's content hash (and is refused as stale) instead of racing it on the file rows.
     */
    void lock(String version) {
        jdbc.sql("SELECT version FROM rule_set_version WHERE version = ? FOR UPDATE").param(version).query(String.class).optional();
    }

    Optional<RuleSetVersion> find(String version) {
        return jdbc.sql("SELECT * FROM rule_set_version WHERE version = ?").param(version).query(this::row).optional();
    }

    Optional<String> versionWithHash(String hash) {
        return jdbc.sql("SELECT version FROM rule_set_version WHERE content_hash = ? AND published_at IS NOT NULL ORDER BY seq")
                .param(hash).query(String.class).list().stream().findFirst();
    }

    List<RuleSetVersion> all() {
        return jdbc.sql("SELECT * FROM rule_set_version ORDER BY seq DESC").query(this::row).list();
    }

    /** Versions published to take effect by {@code now}, latest effective first. */
    List<RuleSetVersion> inForceBy(Instant now) {
        return jdbc.sql("SELECT * FROM rule_set_version WHERE status = ? AND effective_from <= ? ORDER BY effective_from DESC, seq DESC")
                .params(RuleSetVersion.PUBLISHED, ts(now)).query(this::row).list();
    }

    private RuleSetVersion row(ResultSet rs, int n) throws SQLException {
        String version = rs.getString("version");
        List<Model> models = jdbc.sql("SELECT file_name, OCTET_LENGTH(content) AS bytes, content_hash FROM rule_set_model WHERE version = ? ORDER BY file_name")
                .param(version).query((r, i) -> new Model(r.getString("file_name"), r.getInt("bytes"), r.getString("content_hash"))).list();
        List<String> contributors = jdbc.sql("SELECT person FROM rule_set_contributor WHERE version = ? ORDER BY person")
                .param(version).query(String.class).list();
        List<IntendedChange> intended = jdbc.sql("SELECT * FROM rule_set_intended_change WHERE version = ? ORDER BY scenario").param(version)
                .query((r, i) -> new IntendedChange(r.getString("scenario"), r.getString("reason"), r.getString("marked_by"), instant(r, "marked_at"))).list();
        List<Event> events = jdbc.sql("SELECT * FROM rule_set_event WHERE version = ? ORDER BY id").param(version)
                .query((r, i) -> new Event(r.getString("action"), r.getString("actor"), instant(r, "at"), r.getString("note"))).list();
        return new RuleSetVersion(version, rs.getInt("seq"), rs.getString("status"), rs.getString("based_on"), rs.getString("content_hash"),
                rs.getString("author"), contributors, instant(rs, "created_at"), rs.getString("change_note"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("approval_note"),
                instant(rs, "effective_from"), rs.getString("published_by"), instant(rs, "published_at"), rs.getString("supersedes"),
                instant(rs, "retired_at"), rs.getString("gate_hash"), models, intended, events, rs.getInt("row_version"));
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
