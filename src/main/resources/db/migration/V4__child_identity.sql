-- How the front door's records know a child across contacts: "nhs:<10 digits>" or "local:<council id>".
ALTER TABLE referral_child ADD COLUMN child_identity VARCHAR(80);
CREATE INDEX referral_child_identity ON referral_child (child_identity);
