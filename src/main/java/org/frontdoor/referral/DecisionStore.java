package org.frontdoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over the decision tables (V5). The state row is inserted once per referral (its primary key refuses a
 * second decision) and later changed only with {@code WHERE version = ?}, so concurrent changes never overwrite each other.
 */
@Repository
class DecisionStore {
    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of a recorded referral a decision needs. */
    record ReferralFacts(String id, Instant receivedAt, String ruleSetVersion, String recommendationJson, String reference) {
        /** The reference people use (FD-2026-000123), or the id for a referral recorded before references existed. */
        String spoken() {
            return reference != null ? reference : id;
        }
    }

    record StateRow(String referralId, String status, boolean authorisationRequired, String decidedBy, Instant decidedAt,
                    boolean decidedWithinOneWorkingDay, String authorisedBy, Instant authorisedAt, String ratifiedBy,
                    Instant ratifiedAt, Boolean ratifiedWithinOneWorkingDay, int version, String authorisedNote, String ratifiedNote,
                    String sentBackBy, Instant sentBackAt, String sentBackReason) {
        StateRow(String referralId, String status, boolean authorisationRequired, String decidedBy, Instant decidedAt,
                 boolean decidedWithinOneWorkingDay, int version) {
            this(referralId, status, authorisationRequired, decidedBy, decidedAt, decidedWithinOneWorkingDay, null, null, null, null, null,
                    version, null, null, null, null, null);
        }
    }

    record OverriddenRule(String ruleId, boolean mandatory) {
    }

    record ChildRow(int position, String ref, boolean accepted, boolean overridden, int recommendedLevel, String recommendedPrimary,
                    int level, List<String> pathways, String reasonCategory, String reason, List<OverriddenRule> overriddenRules) {
    }

    Optional<ReferralFacts> referral(String id) {
        return jdbc.sql("SELECT id, reference, received_at, rule_set_version, recommendation_json FROM referral WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ReferralFacts(rs.getString("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("rule_set_version"), rs.getString("recommendation_json"), rs.getString("reference")))
                .optional();
    }

    Optional<StateRow> state(String referralId) {
        return jdbc.sql("""
                        SELECT referral_id, status, authorisation_required, decided_by, decided_at, decided_within_one_working_day,
                               authorised_by, authorised_at, ratified_by, ratified_at, ratified_within_one_working_day, version,
                               authorised_note, ratified_note, sent_back_by, sent_back_at, sent_back_reason
                        FROM referral_decision WHERE referral_id = ?""")
                .param(referralId)
                .query((rs, n) -> new StateRow(rs.getString("referral_id"), rs.getString("status"), rs.getBoolean("authorisation_required"),
                        rs.getString("decided_by"), instant(rs, "decided_at"), rs.getBoolean("decided_within_one_working_day"),
                        rs.getString("authorised_by"), instant(rs, "authorised_at"), rs.getString("ratified_by"), instant(rs, "ratified_at"),
                        (Boolean) rs.getObject("ratified_within_one_working_day"), rs.getInt("version"), rs.getString("authorised_note"),
                        rs.getString("ratified_note"), rs.getString("sent_back_by"), instant(rs, "sent_back_at"), rs.getString("sent_back_reason")))
                .optional();
    }

    List<ChildRow> children(String referralId) {
        List<ChildRow> rows = jdbc.sql("""
                        SELECT position, child_ref, accepted, overridden, recommended_level, recommended_primary, final_level,
                               reason_category, reason
                        FROM referral_child_decision WHERE referral_id = ? ORDER BY position""")
                .param(referralId)
                .query((rs, n) -> new ChildRow(rs.getInt("position"), rs.getString("child_ref"), rs.getBoolean("accepted"),
                        rs.getBoolean("overridden"), rs.getInt("recommended_level"), rs.getString("recommended_primary"),
                        rs.getInt("final_level"), List.of(), rs.getString("reason_category"), rs.getString("reason"), List.of()))
                .list();
        List<ChildRow> out = new ArrayList<>();
        for (ChildRow c : rows) {
            List<String> pathways = jdbc.sql("""
                            SELECT pathway_code FROM referral_child_decision_pathway
                            WHERE referral_id = ? AND position = ? ORDER BY ordinal""")
                    .params(referralId, c.position()).query(String.class).list();
            List<OverriddenRule> rules = jdbc.sql("""
                            SELECT rule_id, mandatory FROM referral_override_rule
                            WHERE referral_id = ? AND position = ? ORDER BY rule_id""")
                    .params(referralId, c.position())
                    .query((rs, n) -> new OverriddenRule(rs.getString("rule_id"), rs.getBoolean("mandatory"))).list();
            out.add(new ChildRow(c.position(), c.ref(), c.accepted(), c.overridden(), c.recommendedLevel(), c.recommendedPrimary(),
                    c.level(), pathways, c.reasonCategory(), c.reason(), rules));
        }
        return out;
    }

    /** The state row first: a second decision on the same referral fails here, on its primary key, before anything else. */
    void insert(StateRow s, List<ChildRow> children) {
        jdbc.sql("""
                        INSERT INTO referral_decision (referral_id, status, authorisation_required, decided_by, decided_at,
                                                       decided_within_one_working_day, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.referralId(), s.status(), s.authorisationRequired(), s.decidedBy(), Timestamp.from(s.decidedAt()),
                        s.decidedWithinOneWorkingDay(), s.version())
                .update();
        insertChildren(s, children);
    }

    /**
     * A new decision on a referral a manager sent back: the state row (read at {@code readVersion}, still sent back) takes
     * the new decision, keeping who sent it back and why; the children's rows are written again.
     *
     * @return rows changed: 0 if the state is no longer the sent-back version the caller read
     */
    int redecide(StateRow s, List<ChildRow> children, int readVersion) {
        int changed = jdbc.sql("""
                        UPDATE referral_decision SET status = ?, authorisation_required = ?, decided_by = ?, decided_at = ?,
                               decided_within_one_working_day = ?, version = version + 1
                        WHERE referral_id = ? AND version = ? AND status = 'sent-back'""")
                .params(s.status(), s.authorisationRequired(), s.decidedBy(), Timestamp.from(s.decidedAt()), s.decidedWithinOneWorkingDay(),
                        s.referralId(), readVersion)
                .update();
        if (changed == 1) {
            insertChildren(s, children);
        }
        return changed;
    }

    /**
     * Sends the decision back: its children's rows go (the practitioner decides again), the authorisation with them.
     *
     * @return rows changed: 0 if the state is no longer the version the caller read
     */
    int sendBack(String referralId, String by, Instant at, String reason, int readVersion) {
        int changed = jdbc.sql("""
                        UPDATE referral_decision SET status = 'sent-back', sent_back_by = ?, sent_back_at = ?, sent_back_reason = ?,
                               authorised_by = NULL, authorised_at = NULL, authorised_note = NULL, version = version + 1
                        WHERE referral_id = ? AND version = ?""")
                .params(by, Timestamp.from(at), reason, referralId, readVersion)
                .update();
        if (changed == 1) {
            for (String table : List.of("referral_override_rule", "referral_child_decision_pathway", "referral_child_decision")) {
                jdbc.sql("DELETE FROM " + table + " WHERE referral_id = ?").param(referralId).update();
            }
        }
        return changed;
    }

    private void insertChildren(StateRow s, List<ChildRow> children) {
        for (ChildRow c : children) {
            jdbc.sql("""
                            INSERT INTO referral_child_decision (referral_id, position, child_ref, accepted, overridden, recommended_level,
                                                                 recommended_primary, final_level, final_primary, reason_category, reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.referralId(), c.position(), c.ref(), c.accepted(), c.overridden(), c.recommendedLevel(),
                            c.recommendedPrimary(), c.level(), c.pathways().get(0), c.reasonCategory(), c.reason())
                    .update();
            for (int i = 0; i < c.pathways().size(); i++) {
                jdbc.sql("INSERT INTO referral_child_decision_pathway (referral_id, position, ordinal, pathway_code) VALUES (?, ?, ?, ?)")
                        .params(s.referralId(), c.position(), i, c.pathways().get(i)).update();
            }
            for (OverriddenRule r : c.overriddenRules()) {
                jdbc.sql("INSERT INTO referral_override_rule (referral_id, position, rule_id, mandatory) VALUES (?, ?, ?, ?)")
                        .params(s.referralId(), c.position(), r.ruleId(), r.mandatory()).update();
            }
        }
    }

    /** @return rows changed: 0 if the state is no longer the version the caller read */
    int authorise(String referralId, String by, Instant at, String note, String nextStatus, int readVersion) {
        return jdbc.sql("""
                        UPDATE referral_decision SET status = ?, authorised_by = ?, authorised_at = ?, authorised_note = ?, version = version + 1
                        WHERE referral_id = ? AND version = ?""")
                .params(nextStatus, by, Timestamp.from(at), note, referralId, readVersion)
                .update();
    }

    /** @return rows changed: 0 if the state is no longer the version the caller read */
    int ratify(String referralId, String by, Instant at, boolean withinOneWorkingDay, String note, String nextStatus, int readVersion) {
        return jdbc.sql("""
                        UPDATE referral_decision SET status = ?, ratified_by = ?, ratified_at = ?, ratified_within_one_working_day = ?,
                                                     ratified_note = ?, version = version + 1
                        WHERE referral_id = ? AND version = ?""")
                .params(nextStatus, by, Timestamp.from(at), withinOneWorkingDay, note, referralId, readVersion)
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
