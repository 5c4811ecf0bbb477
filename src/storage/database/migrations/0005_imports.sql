-- PartnerDesk register, schema version 5: imported partner data. The Graph id of a GDAP
-- relationship, so the same file imported twice matches what it added, and the fields an import
-- kept without interpreting them.
ALTER TABLE relationships ADD COLUMN gdap_relationship_id TEXT;
--;
ALTER TABLE relationships ADD COLUMN imported_fields_json TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(imported_fields_json));
--;
CREATE UNIQUE INDEX relationships_gdap_relationship_id ON relationships (gdap_relationship_id)
    WHERE gdap_relationship_id IS NOT NULL;
