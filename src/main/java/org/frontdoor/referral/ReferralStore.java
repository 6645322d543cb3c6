package org.frontdoor.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.frontdoor.decision.Assessment.ChildRecommendation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the Flyway schema; the same statements run on H2 and PostgreSQL. */
@Repository
class ReferralStore {
    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, Instant receivedAt, Instant recordedAt, String referrerType, String version, String hash,
                String contactJson, String recommendationJson, List<ChildRecommendation> children) {
        jdbc.sql("""
                INSERT INTO referral (id, received_at, recorded_at, referrer_type, rule_set_version, rule_set_hash, contact_json, recommendation_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(receivedAt), Timestamp.from(recordedAt), referrerType, version, hash, contactJson, recommendationJson)
                .update();
        for (int i = 0; i < children.size(); i++) {
            ChildRecommendation c = children.get(i);
            jdbc.sql("INSERT INTO referral_child (referral_id, position, child_ref, level, primary_pathway) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, c.ref(), c.level().value(), c.primaryPathway().code())
                    .update();
        }
    }

    Optional<RecordedReferral> find(String id) {
        return jdbc.sql("SELECT id, received_at, recorded_at, contact_json, recommendation_json, rule_set_version FROM referral WHERE id = ?")
                .param(id)
                .query((rs, n) -> new RecordedReferral(rs.getString("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("contact_json"), rs.getString("recommendation_json"),
                        rs.getString("rule_set_version")))
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
    }
}
