#pragma once
// CliReview: partnerdesk-cli review — the access review from a terminal: show it, start it, record a
// decision per partner, sign it off.

#include <QDate>
#include <QStringList>

class QTextStream;
class RegisterSession;

namespace CliReview {

struct Request
{
    QStringList arguments; // after "review": [], [start], [decide TENANT DECISION], [sign-off]
    QString title;
    QString from; // ISO dates
    QString to;
    QString note;
    QString method; // request-end: how the partner was asked (email, phone, meeting, other)
    QString format; // show: table or json
    bool yes = false; // decide ... remove-roles: the answer to "Remove roles?"
};
int run(RegisterSession &session, const Request &request, QTextStream &out, QTextStream &err);

} // namespace CliReview
