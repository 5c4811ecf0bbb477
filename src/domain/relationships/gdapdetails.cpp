#include "relationships/gdapdetails.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

QString GdapDetails::statusDisplayName(const QString &status)
{
    static constexpr std::array<std::pair<QLatin1StringView, const char *>, 11> names {{
        {"created"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Created")},
        {"approvalPending"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Approval pending")},
        {"approved"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Approved")},
        {"activating"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Activating")},
        {"active"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Active")},
        {"expiring"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Expiring")},
        {"expired"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Expired")},
        {"terminationRequested"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Termination requested")},
        {"terminating"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Terminating")},
        {"terminated"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Terminated")},
        {"unknownFutureValue"_L1, QT_TRANSLATE_NOOP("GdapDetails", "Unknown")},
    }};
    for (const auto &[key, name] : names) {
        if (status == key)
            return QCoreApplication::translate("GdapDetails", name);
    }
    return status;
}
