-- Front-door casework: a human reference for every referral, the child's name and date of birth to find a referral
-- by, allocation to a practitioner, and the manager's notes and "send back".

-- FD-<year received>-<number>: the number comes from one sequence in the shared database, so it is unique across
-- every instance of the service.
CREATE SEQUENCE referral_reference_seq START WITH 1;
ALTER TABLE referral ADD COLUMN reference VARCHAR(20);
UPDATE referral SET reference = 'FD-' || CAST(EXTRACT(YEAR FROM received_at) AS VARCHAR(4)) || '-'
    || LPAD(CAST(NEXTVAL('referral_reference_seq') AS VARCHAR(12)), 6, '0')
    WHERE reference IS NULL;
CREATE UNIQUE INDEX referral_reference ON referral (reference);

-- what a practitioner searches by; the contact itself (contact_json) holds everything else the front door recorded
ALTER TABLE referral_child ADD COLUMN given_name VARCHAR(100);
ALTER TABLE referral_child ADD COLUMN family_name VARCHAR(100);
ALTER TABLE referral_child ADD COLUMN name_key VARCHAR(210);
ALTER TABLE referral_child ADD COLUMN date_of_birth DATE;
CREATE INDEX referral_child_name_key ON referral_child (name_key);
CREATE INDEX referral_child_family_name ON referral_child (family_name);
CREATE INDEX referral_child_date_of_birth ON referral_child (date_of_birth);

CREATE TABLE referral_allocation (
    referral_id  VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES referral (id),
    allocated_to VARCHAR(100)             NOT NULL,
    allocated_by VARCHAR(100)             NOT NULL,
    allocated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX referral_allocation_to ON referral_allocation (allocated_to);

ALTER TABLE referral_decision ADD COLUMN authorised_note TEXT;
ALTER TABLE referral_decision ADD COLUMN ratified_note TEXT;
ALTER TABLE referral_decision ADD COLUMN sent_back_by VARCHAR(100);
ALTER TABLE referral_decision ADD COLUMN sent_back_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE referral_decision ADD COLUMN sent_back_reason TEXT;
