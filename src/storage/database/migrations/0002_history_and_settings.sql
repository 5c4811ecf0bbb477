-- PartnerDesk register, schema version 2: history filters, end-of-relationship requests, settings.
-- The history lists newest first by time; each filter has an index ending in (at_utc, seq), so every
-- page is one index range walk whatever the filters.
DROP INDEX audit_events_partner;
--;
DROP INDEX audit_events_at;
--;
CREATE INDEX audit_events_time ON audit_events (at_utc, seq);
--;
CREATE INDEX audit_events_partner ON audit_events (partner_tenant_id COLLATE NOCASE, at_utc, seq);
--;
CREATE INDEX audit_events_operator ON audit_events (operator_upn COLLATE NOCASE, at_utc, seq);
--;
CREATE INDEX audit_events_action ON audit_events (action, at_utc, seq);
--;
ALTER TABLE relationships ADD COLUMN end_requested_utc TEXT;
--;
ALTER TABLE relationships ADD COLUMN end_request_method TEXT;
--;
ALTER TABLE relationships ADD COLUMN end_request_note TEXT;
--;
ALTER TABLE relationships ADD COLUMN ended_utc TEXT;
--;
-- Register-wide decisions (e.g. MPSA purchase sharing). Preferences of one user live in QSettings.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
