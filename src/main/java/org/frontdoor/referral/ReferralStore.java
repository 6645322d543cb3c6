package org.frontdoor.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.frontdoor.decision.Assessment.ChildRecommendation;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the Flyway schema; the same statements run on H2 and PostgreSQL. */
@Repository
class ReferralStore {
    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the shared reference sequence (unique across instances: it is the database's). */
    long nextReferenceNumber() {
        return jdbc.sql("SELECT NEXTVAL('referral_reference_seq')").query(Long.class).single();
    }

    void insert(String id, String reference, Instant receivedAt, Instant recordedAt, String referrerType, String version, String hash,
                String contactJson, String recommendationJson, List<ChildRecommendation> children, List<String> identities,
                List<Contact.Child> told) {
        jdbc.sql("""
                INSERT INTO referral (id, reference, received_at, recorded_at, referrer_type, rule_set_version, rule_set_hash, contact_json, recommendation_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, Timestamp.from(receivedAt), Timestamp.from(recordedAt), referrerType, version, hash, contactJson, recommendationJson)
                .update();
        for (int i = 0; i < children.size(); i++) {
            ChildRecommendation c = children.get(i);
            Contact.Child child = told.get(i);
            jdbc.sql("""
                    INSERT INTO referral_child (referral_id, position, child_ref, level, primary_pathway, child_identity, social_care,
                                                given_name, family_name, name_key, date_of_birth)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, c.ref(), c.level().value(), c.primaryPathway().code(), identities.get(i), c.primaryPathway().socialCare(),
                            child.givenName(), child.familyName(), ChildNames.key(child.name()), child.dateOfBirth())
                    .update();
        }
    }

    Optional<RecordedReferral> find(String id) {
        return jdbc.sql("SELECT id, reference, received_at, recorded_at, contact_json, recommendation_json, rule_set_version FROM referral WHERE id = ? OR reference = ?")
                .params(id, id)
                .query((rs, n) -> new RecordedReferral(rs.getString("id"), rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("contact_json"), rs.getString("recommendation_json"),
                        rs.getString("rule_set_version")))
                .optional();
    }

    /**
     * Contacts recorded about a child in the 12 months before {@code before}, newest first, with the outcome the
     * practitioner decided where there is a decision, else the recommended one.
     */
    List<ChildHistory.EarlierContact> earlierContacts(String identity, Instant before) {
        Instant since = before.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        return jdbc.sql("""
                SELECT r.id, r.received_at, COALESCE(d.final_level, c.level) AS level,
                       COALESCE(d.final_primary, c.primary_pathway) AS primary_pathway, c.social_care
                FROM referral_child c JOIN referral r ON r.id = c.referral_id
                LEFT JOIN referral_child_decision d ON d.referral_id = c.referral_id AND d.position = c.position
                WHERE c.child_identity = ? AND r.received_at >= ? AND r.received_at < ?
                ORDER BY r.received_at DESC, r.id""")
                .params(identity, Timestamp.from(since), Timestamp.from(before))
                .query((rs, n) -> new ChildHistory.EarlierContact(rs.getString("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getInt("level"), rs.getString("primary_pathway"), rs.getBoolean("social_care")))
                .list();
    }

    /**
     * Whether the records show the child's family handed to early help with the follow-up check still to do: the
     * one kind of open case the front door itself knows about.
     */
    boolean openToEarlyHelp(String identity) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM referral_follow_up f
                JOIN referral_child c ON c.referral_id = f.referral_id
                LEFT JOIN referral_child_decision d ON d.referral_id = c.referral_id AND d.position = c.position
                WHERE c.child_identity = ? AND f.checked_at IS NULL AND COALESCE(d.final_level, c.level) >= 2""")
                .param(identity).query(Long.class).single() > 0;
    }

    /** Whether the front door has any record of this child (at any time). */
    boolean knows(String identity) {
        return jdbc.sql("SELECT COUNT(*) FROM referral_child WHERE child_identity = ?").param(identity).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
    }
}
