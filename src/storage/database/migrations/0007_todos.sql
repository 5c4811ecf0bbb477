-- PartnerDesk register, schema version 7: the register keeps what the tenant is known to hold apart
-- from the decisions taken on it. A decision (remove roles, accept and authorize, the end of a
-- relationship, MPSA sharing) becomes a to-do: a step still to take in Microsoft 365. The known
-- state changes when the to-do is marked done or an import shows it done. Registers made before
-- this version recorded removals as done; no to-do is invented for them (the upgrade's audit event
-- says so).
CREATE TABLE todos (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('removeRoles', 'authorize', 'confirmEnd', 'mpsaSharing')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'confirmed', 'withdrawn')),
    relationship_id INTEGER REFERENCES relationships (id),
    partner_tenant_id TEXT NOT NULL DEFAULT '',
    partner_name TEXT NOT NULL DEFAULT '',
    decided_utc TEXT NOT NULL,
    decided_by_upn TEXT NOT NULL,
    decided_by_name TEXT NOT NULL DEFAULT '',
    decision_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(decision_json)),
    closed_utc TEXT,
    closed_by_upn TEXT NOT NULL DEFAULT '',
    closed_by_name TEXT NOT NULL DEFAULT '',
    close_note TEXT NOT NULL DEFAULT '',
    contradicted_utc TEXT,
    contradicted_by TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'open') = (closed_utc IS NULL))
);
--;
CREATE INDEX todos_relationship_status ON todos (relationship_id, status);
--;
CREATE INDEX todos_status_decided ON todos (status, decided_utc);
--;
-- One open step of a kind per relationship (and one register-wide): deciding twice is refused.
CREATE UNIQUE INDEX todos_one_open ON todos (kind, coalesce(relationship_id, 0)) WHERE status = 'open';
--;
-- A closed step stays as it was closed; only the flag that evidence contradicts it may be added.
CREATE TRIGGER todos_closed_stay_closed BEFORE UPDATE ON todos
WHEN OLD.status <> 'open' AND (NEW.status <> OLD.status OR NEW.closed_utc IS NOT OLD.closed_utc
    OR NEW.closed_by_upn <> OLD.closed_by_upn OR NEW.close_note <> OLD.close_note
    OR (OLD.contradicted_utc IS NOT NULL AND NEW.contradicted_utc IS NOT OLD.contradicted_utc))
BEGIN
    SELECT RAISE(ABORT, 'a closed to-do does not change');
END;
