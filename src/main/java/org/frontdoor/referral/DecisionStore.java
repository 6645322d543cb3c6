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
    record ReferralFacts(String id, Instant receivedAt, String ruleSetVersion, String recommendationJson) {
    }

    record StateRow(String referralId, String status, boolean authorisationRequired, String decidedBy, Instant decidedAt,
                    boolean decidedWithinOneWorkingDay, String authorisedBy, Instant authorisedAt, String ratifiedBy,
                    Instant ratifiedAt, Boolean ratifiedWithinOneWorkingDay, int version) {
    }

    record OverriddenRule(String ruleId, boolean mandatory) {
    }

    record ChildRow(int position, String ref, boolean accepted, boolean overridden, int recommendedLevel, String recommendedPrimary,
                    int level, List<String> pathways, String reasonCategory, String reason, List<OverriddenRule> overriddenRules) {
    }

    Optional<ReferralFacts> referral(String id) {
        return jdbc.sql("SELECT id, received_at, rule_set_version, recommendation_json FROM referral WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ReferralFacts(rs.getString("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("rule_set_version"), rs.getString("recommendation_json")))
                .optional();
    }

    Optional<StateRow> state(String referralId) {
        return jdbc.sql("""
                        SELECT referral_id, status, authorisation_required, decided_by, decided_at, decided_within_one_working_day,
                               authorised_by, authorised_at, ratified_by, ratified_at, ratified_within_one_working_day, version
                        FROM referral_decision WHERE referral_id = ?""")
                .param(referralId)
                .query((rs, n) -> new StateRow(rs.getString("referral_id"), rs.getString("status"), rs.getBoolean("authorisation_required"),
                        rs.getString("decided_by"), instant(rs, "decided_at"), rs.getBoolean("decided_within_one_working_day"),
                        rs.getString("authorised_by"), instant(rs, "authorised_at"), rs.getString("ratified_by"), instant(rs, "ratified_at"),
                        (Boolean) rs.getObject("ratified_within_one_working_day"), rs.getInt("version")))
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
    int authorise(String referralId, String by, Instant at, String nextStatus, int readVersion) {
        return jdbc.sql("""
                        UPDATE referral_decision SET status = ?, authorised_by = ?, authorised_at = ?, version = version + 1
                        WHERE referral_id = ? AND version = ?""")
                .params(nextStatus, by, Timestamp.from(at), referralId, readVersion)
                .update();
    }

    /** @return rows changed: 0 if the state is no longer the version the caller read */
    int ratify(String referralId, String by, Instant at, boolean withinOneWorkingDay, String nextStatus, int readVersion) {
        return jdbc.sql("""
                        UPDATE referral_decision SET status = ?, ratified_by = ?, ratified_at = ?, ratified_within_one_working_day = ?,
                                                     version = version + 1
                        WHERE referral_id = ? AND version = ?""")
                .params(nextStatus, by, Timestamp.from(at), withinOneWorkingDay, referralId, readVersion)
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
