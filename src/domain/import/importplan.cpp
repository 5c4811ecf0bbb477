#include "import/importplan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

int ImportPlan::count(ImportChange::Kind kind) const
{
    return int(std::count_if(
        changes.cbegin(), changes.cend(), [kind](const ImportChange &c) { return c.kind == kind; }));
}

bool ImportPlan::hasChanges() const
{
    return !confirms.isEmpty() || !contradicts.isEmpty()
        || std::any_of(changes.cbegin(), changes.cend(),
            [](const ImportChange &c) { return c.kind != ImportChange::Kind::Unchanged; });
}

QString ImportPlan::summary() const
{
    return QCoreApplication::translate("ImportPlan", "added %1, updated %2, unchanged %3, rejected %4")
        .arg(count(ImportChange::Kind::Added))
        .arg(count(ImportChange::Kind::Updated))
        .arg(count(ImportChange::Kind::Unchanged))
        .arg(rejected.size());
}

QStringList ImportPlan::lines() const
{
    QStringList out;
    const QString none = QCoreApplication::translate("ImportPlan", "none");
    for (const ImportChange &c : changes) {
        switch (c.kind) {
        case ImportChange::Kind::Added:
            out.append(QCoreApplication::translate("ImportPlan", "added     %1 (%2), record %3")
                           .arg(c.after.partner.name, c.after.partner.tenantId)
                           .arg(c.record));
            break;
        case ImportChange::Kind::Updated: {
            QStringList fields;
            for (const AuditDescription::FieldChange &f : c.fields) {
                fields.append(QCoreApplication::translate("ImportPlan", "%1: %2 → %3")
                                  .arg(f.label, f.before.isEmpty() ? none : f.before,
                                      f.after.isEmpty() ? none : f.after));
            }
            out.append(QCoreApplication::translate("ImportPlan", "updated   %1 (%2), record %3: %4")
                           .arg(c.after.partner.name, c.after.partner.tenantId)
                           .arg(c.record)
                           .arg(fields.join(u"; "_s)));
            break;
        }
        case ImportChange::Kind::Unchanged:
            break;
        }
    }
    for (const Todo &todo : confirms) {
        out.append(QCoreApplication::translate("ImportPlan", "confirms  to-do %1: %2")
                       .arg(todo.id)
                       .arg(todo.step()));
    }
    for (const Todo &todo : contradicts) {
        out.append(QCoreApplication::translate(
            "ImportPlan", "differs   %1 (%2): the tenant differs from the register; to-do %3 was marked done")
                       .arg(todo.partnerName, todo.partnerTenantId)
                       .arg(todo.id));
    }
    for (const ImportIssue &issue : rejected) {
        QString where = issue.record > 0
            ? QCoreApplication::translate("ImportPlan", "%1, record %2").arg(fileName).arg(issue.record)
            : fileName;
        if (!issue.field.isEmpty())
            where = QCoreApplication::translate("ImportPlan", "%1, field %2").arg(where, issue.field);
        out.append(QCoreApplication::translate("ImportPlan", "rejected  %1: %2").arg(where, issue.reason));
    }
    return out;
}
