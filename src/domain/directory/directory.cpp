#include "directory/directory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<OrganisationSize::Flag> OrganisationSize::all()
{
    return {Small, Medium, Large, Enterprise};
}

QString OrganisationSize::key(Flag size)
{
    switch (size) {
    case Small:
        return u"small"_s;
    case Medium:
        return u"medium"_s;
    case Large:
        return u"large"_s;
    case Enterprise:
        return u"enterprise"_s;
    }
    return {};
}

quint8 OrganisationSize::fromKeys(const QStringList &keys)
{
    quint8 sizes = 0;
    for (const QString &k : keys) {
        for (Flag f : all()) {
            if (k.trimmed().compare(key(f), Qt::CaseInsensitive) == 0)
                sizes |= f;
        }
    }
    return sizes;
}

QString OrganisationSize::displayName(Flag size)
{
    switch (size) {
    case Small:
        return QCoreApplication::translate("OrganisationSize", "Small (1–50 people)");
    case Medium:
        return QCoreApplication::translate("OrganisationSize", "Medium (51–250 people)");
    case Large:
        return QCoreApplication::translate("OrganisationSize", "Large (251–1,000 people)");
    case Enterprise:
        return QCoreApplication::translate("OrganisationSize", "Enterprise (more than 1,000 people)");
    }
    return {};
}

QString OrganisationSize::displayNames(quint8 sizes)
{
    QStringList names;
    for (Flag f : all()) {
        if (sizes & f)
            names.append(displayName(f).section(u" ("_s, 0, 0));
    }
    return names.join(u", "_s);
}

QString ContactRequest::stateKey(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Sent:
        return u"sent"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

ContactRequest::State ContactRequest::stateFromKey(const QString &key)
{
    if (key == "sent"_L1)
        return State::Sent;
    if (key == "failed"_L1)
        return State::Failed;
    return State::Queued;
}

QString ContactRequest::stateName() const
{
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("ContactRequest", "Queued (not sent yet)");
    case State::Sent:
        return QCoreApplication::translate("ContactRequest", "Sent");
    case State::Failed:
        return QCoreApplication::translate("ContactRequest", "Failed: %1").arg(failureReason);
    }
    return {};
}
