-- PartnerDesk register, schema version 3: invitations received from partners. A cancelled or expired
-- invitation stays as history; rows are never deleted.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    link TEXT NOT NULL,
    kind TEXT NOT NULL,
    partner_tenant_id TEXT NOT NULL DEFAULT '',
    received_utc TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'cancelled')),
    decided_utc TEXT,
    decided_by_upn TEXT,
    note TEXT NOT NULL DEFAULT ''
) STRICT;
--;
CREATE INDEX invitations_received ON invitations (received_utc);
--;
CREATE TRIGGER invitations_never_deleted BEFORE DELETE ON invitations
BEGIN
    SELECT RAISE(ABORT, 'invitations are kept as history');
END;
