-- The database itself refuses to change or remove an audit row (H2: a trigger class, org.frontdoor.audit.H2AppendOnly).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL "org.frontdoor.audit.H2AppendOnly";

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL "org.frontdoor.audit.H2AppendOnly";
