-- PartnerDesk register, schema version 2: history filters, end-of-relationship requests, settings.
CREATE INDEX audit_events_operator ON audit_events (operator_upn COLLATE NOCASE, seq);
--;
CREATE INDEX audit_events_action ON audit_events (action, seq);
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
