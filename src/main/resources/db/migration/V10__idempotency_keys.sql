-- POST /api/referrals with an Idempotency-Key header: the key (per signed-in user) and a hash of the contact as sent,
-- written in the same transaction as the referral, so a retried request finds the original and never records twice.
CREATE TABLE idempotency_key (
    principal     VARCHAR(100)             NOT NULL,
    idem_key      VARCHAR(200)             NOT NULL,
    request_hash  VARCHAR(64)              NOT NULL,
    referral_id   VARCHAR(36)              NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
