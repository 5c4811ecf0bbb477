-- PartnerDesk register, schema version 8: evidence of what partners do, from the Entra sign-in and
-- audit logs admins download. Only partner (service provider) sign-ins into the organisation's
-- tenant are kept, and only the fields named here. A sign-in or activity is stored once, by its ID.
CREATE TABLE signins (
    id TEXT PRIMARY KEY,
    created_ms INTEGER NOT NULL,
    home_tenant_id TEXT NOT NULL,
    home_tenant_name TEXT NOT NULL DEFAULT '',
    resource_tenant_id TEXT NOT NULL,
    upn TEXT NOT NULL DEFAULT '',
    app TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    error_code INTEGER NOT NULL DEFAULT 0,
    failure_reason TEXT NOT NULL DEFAULT '',
    failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1))
) WITHOUT ROWID;
--;
CREATE INDEX signins_tenant_time ON signins (home_tenant_id, created_ms);
--;
-- What the activity views and rules read, kept in step by each import: a partner's sign-ins per day
-- (one row a day however many there were), and per day the countries, addresses and people they
-- came from (a few rows a day).
CREATE TABLE signin_days (
    home_tenant_id TEXT NOT NULL,
    day INTEGER NOT NULL, -- days since 1970-01-01 (UTC)
    signins INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,
    last_ms INTEGER NOT NULL,
    PRIMARY KEY (home_tenant_id, day)
) WITHOUT ROWID;
--;
CREATE TABLE signin_seen (
    home_tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'ip', 'upn')),
    day INTEGER NOT NULL,
    value TEXT NOT NULL,
    signins INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,
    PRIMARY KEY (home_tenant_id, kind, day, value)
) WITHOUT ROWID;
--;
-- Per partner tenant: the facts the partner list loads with each row (rebuilt by each import).
CREATE TABLE partner_activity (
    home_tenant_id TEXT PRIMARY KEY,
    home_tenant_name TEXT NOT NULL DEFAULT '',
    first_ms INTEGER NOT NULL,
    last_ms INTEGER NOT NULL,
    failed_last30 INTEGER NOT NULL,
    newest_country_first_ms INTEGER NOT NULL
) WITHOUT ROWID;
--;
CREATE TABLE partner_events (
    id TEXT PRIMARY KEY,
    activity_ms INTEGER NOT NULL,
    activity TEXT NOT NULL,
    partner_tenant_id TEXT NOT NULL DEFAULT '',
    partner_name TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    initiated_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
--;
CREATE INDEX partner_events_tenant ON partner_events (partner_tenant_id, activity_ms);
--;
-- Each import of evidence: the period its file covers (all records, not only partners'). Only sign-in
-- logs make the period in which a partner's not signing in means something.
CREATE TABLE activity_imports (
    id INTEGER PRIMARY KEY,
    imported_utc TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('signIns', 'audit')),
    from_ms INTEGER NOT NULL,
    to_ms INTEGER NOT NULL,
    signins INTEGER NOT NULL,
    events INTEGER NOT NULL
);
