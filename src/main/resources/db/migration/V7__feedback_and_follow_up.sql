-- Feedback to the referrer (domain.md §1.5, §5.2 item 6): one record per referral, created when its decision is
-- ratified, due by the end of the next working day. letter is null when none may be sent (no_letter_reason says why).
CREATE TABLE referral_feedback (
    referral_id      VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES referral (id),
    due_by           TIMESTAMP WITH TIME ZONE NOT NULL,
    letter           TEXT,
    no_letter_reason VARCHAR(400),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    sent_by          VARCHAR(100),
    method           VARCHAR(20)
);

CREATE INDEX referral_feedback_due ON referral_feedback (due_by);

-- Step-down and closure tracking (domain.md §5.2 item 9): who the family was handed to, and when to check.
CREATE TABLE referral_follow_up (
    referral_id VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES referral (id),
    handed_to   VARCHAR(200)             NOT NULL,
    check_on    DATE                     NOT NULL,
    recorded_by VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_by  VARCHAR(100),
    checked_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX referral_follow_up_check_on ON referral_follow_up (check_on);
