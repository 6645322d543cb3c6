-- Whether the child's recommended primary pathway made the contact a referral to children's social care
-- (the Pathway table's socialCare column), so re-referrals within 12 months can be counted as DfE defines them.
ALTER TABLE referral_child ADD COLUMN social_care BOOLEAN DEFAULT FALSE NOT NULL;
