-- Which page or API endpoint an entry came through, e.g. "Record page /referrals/{id}/record": the route's template,
-- never the address as typed (no referral id, no query string), so it holds no personal data. Null for entries made
-- before this column, and for actions not made through a page or endpoint.
ALTER TABLE audit_event ADD COLUMN via VARCHAR(200);
