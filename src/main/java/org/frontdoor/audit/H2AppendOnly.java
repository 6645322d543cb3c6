package org.frontdoor.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's trigger keeping the audit trail append-only (migration V3 for H2; PostgreSQL has the same rule in PL/pgSQL).
 * An update is always refused. A delete is refused unless the retention purge has marked the row's referral as being
 * purged in the same transaction (referral.purging, migration V11): the purge is the only path that removes a trail.
 * A compiled class rather than trigger source, so it also works from the packaged jar (H2 compiles source triggers
 * with javac, which cannot see classes inside a Spring Boot jar).
 */
public class H2AppendOnly implements Trigger {
    private int type;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.type = type;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (type == Trigger.DELETE && beingPurged(conn, oldRow[1])) {
            return;
        }
        throw new SQLException("audit_event is append-only: rows cannot be " + (type == Trigger.DELETE ? "deleted" : "updated"), "23000");
    }

    private static boolean beingPurged(Connection conn, Object referralId) {
        try (PreparedStatement s = conn.prepareStatement("SELECT purging FROM referral WHERE id = ?")) {
            s.setObject(1, referralId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException noPurgeColumnYet) {
            return false;
        }
    }
}
