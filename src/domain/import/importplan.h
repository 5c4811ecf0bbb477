#pragma once
// ImportPlan: what importing one file would do — the dry run every import shows before it applies.

#include "audit/auditdescription.h"
#include "import/importformat.h"
#include "import/importrecord.h"
#include "relationships/relationship.h"
#include "relationships/todo.h"

#include <QList>
#include <QStringList>

struct ImportChange
{
    enum class Kind { Added, Updated, Unchanged };
    Kind kind = Kind::Unchanged;
    int record = 0;
    Relationship before; // id 0 when added
    Relationship after;
    QList<AuditDescription::FieldChange> fields; // what differs, in words
};

struct ImportPlan
{
    QString fileName; // as shown to people (no folder)
    ImportFormat::Kind format = ImportFormat::Kind::Unknown;
    QList<ImportChange> changes;
    QList<ImportIssue> rejected;
    QStringList notes;
    // Evidence about the steps to do in Microsoft 365: open to-dos the file shows done, and to-dos
    // marked done that the file contradicts (the tenant differs from the register).
    QList<Todo> confirms;
    QList<Todo> contradicts;

    int count(ImportChange::Kind kind) const;
    bool hasChanges() const; // a relationship changes, or a to-do is confirmed or contradicted
    // A file applies whole or not at all: nothing while any record is rejected.
    bool canApply() const { return rejected.isEmpty() && hasChanges(); }
    // "added 3, updated 1, unchanged 2, rejected 0" (translated)
    QString summary() const;
    // One line per change and rejection, for the CLI and logs.
    QStringList lines() const;
};
