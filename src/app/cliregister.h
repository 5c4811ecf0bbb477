#pragma once
// CliRegister: partnerdesk-cli's commands that fill a register — init (a new register for the
// organisation), operators and operator (who may act), import (files, dry run first).

#include <QStringList>

class QTextStream;
class RegisterSession;

namespace CliRegister {
struct NewRegister
{
    QString path;
    QString organisation;
    QString tenantId;
    QString upn;
    QString name;
    QStringList roles; // names or template IDs
};
int init(const NewRegister &request, QTextStream &out, QTextStream &err);
int listOperators(RegisterSession &session, QTextStream &out, QTextStream &err);
int saveOperator(RegisterSession &session, const QString &upn, const QString &name, const QStringList &roles,
    QTextStream &out, QTextStream &err);

struct ImportRequest
{
    QStringList files;
    QString partnerTenantId;
    QString partnerName;
    bool dryRun = false;
    bool yes = false;
};
int import(RegisterSession &session, const ImportRequest &request, QTextStream &in, QTextStream &out,
    QTextStream &err);
} // namespace CliRegister
