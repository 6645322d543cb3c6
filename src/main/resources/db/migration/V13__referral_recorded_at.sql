-- The retention purge goes by when the service recorded a referral (recorded_at), not by the receipt time a client
-- gave (received_at): an index for it, as received_at has for the reports.
CREATE INDEX referral_recorded_at ON referral (recorded_at, id);
