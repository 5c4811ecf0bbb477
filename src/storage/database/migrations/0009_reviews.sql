-- PartnerDesk register, schema version 9: access reviews. A review lists the relationships that were
-- current when it started; each gets a decision with a note; once signed off, neither the review nor
-- its decisions change (triggers refuse it, whatever program writes the file).
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL CHECK (period_end >= period_start),
    started_utc TEXT NOT NULL,
    started_by_upn TEXT NOT NULL,
    started_by_name TEXT NOT NULL DEFAULT '',
    signed_off_utc TEXT,
    signed_off_by_upn TEXT NOT NULL DEFAULT '',
    signed_off_by_name TEXT NOT NULL DEFAULT '',
    sign_off_note TEXT NOT NULL DEFAULT ''
);
--;
-- At most one review is open at a time.
CREATE UNIQUE INDEX reviews_one_open ON reviews ((signed_off_utc IS NULL)) WHERE signed_off_utc IS NULL;
--;
CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id),
    relationship_id INTEGER NOT NULL REFERENCES relationships (id),
    partner_tenant_id TEXT NOT NULL,
    partner_name TEXT NOT NULL DEFAULT '',
    risk_flags_at_start INTEGER NOT NULL DEFAULT 0,
    decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'keep', 'removeRoles', 'requestEnd')),
    note TEXT NOT NULL DEFAULT '',
    decided_utc TEXT,
    decided_by_upn TEXT NOT NULL DEFAULT '',
    decided_by_name TEXT NOT NULL DEFAULT '',
    UNIQUE (review_id, relationship_id)
);
--;
CREATE TRIGGER reviews_signed_off_frozen BEFORE UPDATE ON reviews
WHEN OLD.signed_off_utc IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review does not change');
END;
--;
CREATE TRIGGER review_items_frozen_update BEFORE UPDATE ON review_items
WHEN (SELECT signed_off_utc FROM reviews WHERE id = OLD.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review does not change');
END;
--;
CREATE TRIGGER review_items_frozen_insert BEFORE INSERT ON review_items
WHEN (SELECT signed_off_utc FROM reviews WHERE id = NEW.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review does not change');
END;
--;
CREATE TRIGGER review_items_frozen_delete BEFORE DELETE ON review_items
WHEN (SELECT signed_off_utc FROM reviews WHERE id = OLD.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review does not change');
END;
--;
CREATE TRIGGER reviews_signed_off_kept BEFORE DELETE ON reviews
WHEN OLD.signed_off_utc IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review does not change');
END;
--;
-- An item stays with its review and its partner: moved into a signed-off review, or onto another
-- partner (which an UPDATE OR REPLACE could use to delete a frozen item without a delete trigger),
-- it would change a frozen review all the same.
CREATE TRIGGER review_items_keep_their_place BEFORE UPDATE OF review_id, relationship_id, partner_tenant_id,
    partner_name, risk_flags_at_start ON review_items
BEGIN
    SELECT RAISE(ABORT, 'a review item stays with its review and partner');
END;
