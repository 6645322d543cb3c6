-- The database itself refuses to change or remove an audit row (H2: a trigger compiled from this source).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW AS $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection c, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit_event is append-only: rows cannot be updated", "23000");
        }
    };
}
$$;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW AS $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection c, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit_event is append-only: rows cannot be deleted", "23000");
        }
    };
}
$$;
