-- PartnerDesk register, schema version 6: each contact request remembers the directory service it was
-- written for, so changing the service never sends queued personal data to an address nobody chose
-- for it. Requests already queued belong to the service set when this migration runs (empty: none).
ALTER TABLE outbox ADD COLUMN destination TEXT NOT NULL DEFAULT '';
--;
UPDATE outbox SET destination = COALESCE((SELECT value FROM settings WHERE key = 'directoryService'), '');
