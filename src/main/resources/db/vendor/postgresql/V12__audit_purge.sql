-- The audit trail stays append-only, except that the retention purge may delete the trail of a referral it has marked
-- as purging in the same transaction (V11). Updates and truncation are still refused.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM referral WHERE id = OLD.referral_id AND purging) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: rows cannot be %', lower(TG_OP) USING ERRCODE = '23000';
END;
$$;
