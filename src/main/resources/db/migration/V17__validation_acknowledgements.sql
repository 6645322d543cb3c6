-- A validation warning a policy lead has looked at and means (e.g. a gap for values the table can never be given),
-- with why: it stays listed on the report, marked as acknowledged. Keyed by the warning's kind, table and words, so a
-- warning that changes is asked about again. A new draft starts with the acknowledgements of the version it was made from.
CREATE TABLE validation_acknowledgement (
    version          VARCHAR(40)              NOT NULL REFERENCES rule_set_version (version),
    finding_key      VARCHAR(64)              NOT NULL,
    kind             VARCHAR(40)              NOT NULL,
    table_name       VARCHAR(200),
    message          TEXT                     NOT NULL,
    reason           TEXT                     NOT NULL,
    acknowledged_by  VARCHAR(100)             NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (version, finding_key)
);
