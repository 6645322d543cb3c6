-- A recorded contact and the recommendation it received, exactly as returned to the practitioner.
CREATE TABLE referral (
    id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    referrer_type    VARCHAR(40)              NOT NULL,
    rule_set_version VARCHAR(100)             NOT NULL,
    rule_set_hash    VARCHAR(64)              NOT NULL,
    contact_json     TEXT                     NOT NULL,
    recommendation_json TEXT                  NOT NULL
);

-- One row per child of the contact, for history, queues and reports.
CREATE TABLE referral_child (
    referral_id      VARCHAR(36)  NOT NULL REFERENCES referral (id),
    position         INT          NOT NULL,
    child_ref        VARCHAR(64)  NOT NULL,
    level            INT          NOT NULL,
    primary_pathway  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (referral_id, position)
);

CREATE INDEX referral_received_at ON referral (received_at);
CREATE INDEX referral_child_ref ON referral_child (child_ref);
