-- PartnerDesk register, schema version 1.
-- Statements are separated by lines holding only "--;" because triggers contain semicolons.
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    default_operator_upn TEXT NOT NULL
) STRICT;
--;
CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    roles_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles_json))
) STRICT;
--;
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    partner_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT ''
) STRICT;
--;
CREATE INDEX partners_name ON partners (name COLLATE NOCASE);
--;
CREATE TABLE relationships (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL UNIQUE REFERENCES partners (id) ON DELETE RESTRICT, -- one per partner
    types_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(types_json)),
    roles_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles_json)),
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'endRequested', 'ended')),
    partner_since_utc TEXT,
    last_reviewed_utc TEXT,
    agreement_accepted_by_name TEXT,
    agreement_accepted_by_upn TEXT,
    agreement_accepted_utc TEXT,
    agreement_id TEXT,
    agreement_version TEXT,
    agreement_sha256 TEXT,
    gdap_name TEXT CHECK (gdap_name IS NULL OR length(gdap_name) <= 50),
    gdap_status TEXT,
    gdap_duration_days INTEGER CHECK (gdap_duration_days IS NULL OR gdap_duration_days BETWEEN 1 AND 730),
    gdap_start_utc TEXT,
    gdap_end_utc TEXT,
    gdap_auto_extend INTEGER NOT NULL DEFAULT 0 CHECK (gdap_auto_extend IN (0, 1))
) STRICT;
--;
CREATE INDEX relationships_last_reviewed ON relationships (last_reviewed_utc);
--;
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    operator_upn TEXT NOT NULL,
    operator_name TEXT NOT NULL,
    action TEXT NOT NULL,
    partner_tenant_id TEXT NOT NULL DEFAULT '',
    partner_name TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
--;
CREATE INDEX audit_events_partner ON audit_events (partner_tenant_id COLLATE NOCASE, seq);
--;
CREATE INDEX audit_events_at ON audit_events (at_utc);
--;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--;
-- INSERT OR REPLACE would delete an event without firing the delete trigger: only new sequence
-- numbers may be inserted.
CREATE TRIGGER audit_events_append_only BEFORE INSERT ON audit_events
WHEN NEW.seq <= (SELECT coalesce(max(seq), 0) FROM audit_events)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
