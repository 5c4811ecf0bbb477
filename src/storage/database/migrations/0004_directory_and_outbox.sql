-- PartnerDesk register, schema version 4: the partner directory catalogue (replaced whole by a
-- refresh) and the outbox of contact requests (kept, never deleted). The full-text index over the
-- catalogue is created by the directory repository when SQLite has FTS5.
CREATE TABLE directory_entries (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    partner_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    locations TEXT NOT NULL DEFAULT '',
    sizes INTEGER NOT NULL DEFAULT 0,
    keywords TEXT NOT NULL DEFAULT '',
    industries TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT ''
) STRICT;
--;
CREATE INDEX directory_entries_tenant ON directory_entries (tenant_id);
--;
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    partner_tenant_id TEXT NOT NULL,
    partner_name TEXT NOT NULL,
    organisation_name TEXT NOT NULL,
    organisation_size INTEGER NOT NULL,
    contact_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    created_by_upn TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_utc TEXT,
    sent_utc TEXT,
    failure_reason TEXT NOT NULL DEFAULT ''
) STRICT;
--;
CREATE INDEX outbox_partner ON outbox (partner_tenant_id);
--;
CREATE TRIGGER outbox_never_deleted BEFORE DELETE ON outbox
BEGIN
    SELECT RAISE(ABORT, 'contact requests are kept');
END;
