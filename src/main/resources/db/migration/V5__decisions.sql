-- The human decision on a recorded referral: one state row per referral (optimistic version), one row per child.
CREATE TABLE referral_decision (
    referral_id            VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES referral (id),
    status                 VARCHAR(30)              NOT NULL,
    authorisation_required BOOLEAN                  NOT NULL,
    decided_by             VARCHAR(100)             NOT NULL,
    decided_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_within_one_working_day BOOLEAN          NOT NULL,
    authorised_by          VARCHAR(100),
    authorised_at          TIMESTAMP WITH TIME ZONE,
    ratified_by            VARCHAR(100),
    ratified_at            TIMESTAMP WITH TIME ZONE,
    ratified_within_one_working_day BOOLEAN,
    version                INT                      NOT NULL
);

-- What the practitioner chose for each child, beside what was recommended (for the override rate by team).
CREATE TABLE referral_child_decision (
    referral_id        VARCHAR(36)  NOT NULL REFERENCES referral_decision (referral_id),
    position           INT          NOT NULL,
    child_ref          VARCHAR(64)  NOT NULL,
    accepted           BOOLEAN      NOT NULL,
    overridden         BOOLEAN      NOT NULL,
    recommended_level  INT          NOT NULL,
    recommended_primary VARCHAR(40) NOT NULL,
    final_level        INT          NOT NULL,
    final_primary      VARCHAR(40)  NOT NULL,
    reason_category    VARCHAR(40),
    reason             TEXT,
    PRIMARY KEY (referral_id, position)
);

-- The final pathways of each child, primary first.
CREATE TABLE referral_child_decision_pathway (
    referral_id  VARCHAR(36) NOT NULL,
    position     INT         NOT NULL,
    ordinal      INT         NOT NULL,
    pathway_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (referral_id, position, ordinal),
    FOREIGN KEY (referral_id, position) REFERENCES referral_child_decision (referral_id, position)
);

-- For each overridden child, the rules of its recommendation the practitioner disagreed with (reports: overrides per rule).
CREATE TABLE referral_override_rule (
    referral_id VARCHAR(36) NOT NULL,
    position    INT         NOT NULL,
    rule_id     VARCHAR(40) NOT NULL,
    mandatory   BOOLEAN     NOT NULL,
    PRIMARY KEY (referral_id, position, rule_id),
    FOREIGN KEY (referral_id, position) REFERENCES referral_child_decision (referral_id, position)
);

CREATE INDEX referral_override_rule_id ON referral_override_rule (rule_id);
CREATE INDEX referral_decision_status ON referral_decision (status);
