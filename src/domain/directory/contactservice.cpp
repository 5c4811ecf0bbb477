#include "directory/contactservice.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString text(const char *text)
{
    return QCoreApplication::translate("ContactService", text);
}
} // namespace

ContactService::ContactService(
    RegisterRepository &repository, DirectoryRepository &directory, const Clock &clock)
    : m_repository(repository)
    , m_directory(directory)
    , m_clock(clock)
{ }

ContactService::Problem ContactService::check(const Form &form)
{
    static const QRegularExpression email(
        QRegularExpression::anchoredPattern(u"[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+"_s));
    static const QRegularExpression phone(QRegularExpression::anchoredPattern(u"\\+?[0-9 ()./-]{6,30}"_s));
    if (form.organisationName.trimmed().isEmpty())
        return {Field::OrganisationName,
            text(QT_TRANSLATE_NOOP("ContactService", "Enter your organisation's name."))};
    if (form.organisationSize == 0)
        return {Field::OrganisationSize,
            text(QT_TRANSLATE_NOOP("ContactService", "Choose your organisation's size."))};
    if (form.contactName.trimmed().isEmpty())
        return {Field::ContactName, text(QT_TRANSLATE_NOOP("ContactService", "Enter your name."))};
    if (!email.match(form.email.trimmed()).hasMatch())
        return {Field::Email,
            text(QT_TRANSLATE_NOOP("ContactService", "Enter an email address such as name@school.example."))};
    if (!form.phone.trimmed().isEmpty() && !phone.match(form.phone.trimmed()).hasMatch())
        return {Field::Phone,
            text(QT_TRANSLATE_NOOP(
                "ContactService", "The phone number may hold digits, spaces, +, -, ( and ) only."))};
    if (form.needs.trimmed().isEmpty())
        return {Field::Needs, text(QT_TRANSLATE_NOOP("ContactService", "Describe your business needs."))};
    if (form.needs.size() > ContactRequest::kMaxNeedsLength)
        return {Field::Needs,
            QCoreApplication::translate(
                "ContactService", "The description is %1 characters long; at most %2 fit.")
                .arg(form.needs.size())
                .arg(ContactRequest::kMaxNeedsLength)};
    return {};
}

Result<QList<ContactRequest>> ContactService::send(
    const Operator &actor, const QList<DirectoryEntry> &partners, const Form &form)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    if (partners.isEmpty())
        return Error {
            ErrorKind::BadInput, text(QT_TRANSLATE_NOOP("ContactService", "Select at least one provider."))};
    if (const Problem p = check(form); p.field != Field::None)
        return Error {ErrorKind::BadInput, p.message};
    auto destination = directoryService();
    if (!destination)
        return destination.error();
    QList<ContactRequest> requests;
    QList<AuditEvent> events;
    for (const DirectoryEntry &partner : partners) {
        ContactRequest r;
        r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.partnerTenantId = partner.tenantId;
        r.partnerName = partner.name;
        r.organisationName = form.organisationName.trimmed();
        r.organisationSize = form.organisationSize;
        r.contactName = form.contactName.trimmed();
        r.email = form.email.trimmed();
        r.phone = form.phone.trimmed();
        r.needs = form.needs.trimmed();
        r.createdUtc = m_clock.nowUtc();
        r.createdByUpn = actor.upn;
        r.destination = destination.value();
        requests.append(r);
        AuditEvent e;
        e.atUtc = r.createdUtc;
        e.operatorUpn = actor.upn;
        e.operatorName = actor.displayName;
        e.action = QString::fromUtf16(AuditActions::ContactRequested);
        e.partnerTenantId = partner.tenantId;
        e.partnerName = partner.name;
        e.after = QJsonObject {{u"contactRequest"_s, u"queued"_s}, {u"idempotencyKey"_s, r.idempotencyKey},
            {u"email"_s, r.email}, {u"directoryService"_s, r.destination}};
        events.append(e);
    }
    return m_directory.enqueue(requests, events);
}

Result<QString> ContactService::directoryService() const
{
    return m_repository.setting(QString::fromUtf16(SettingKeys::DirectoryService));
}

Status ContactService::setDirectoryService(const Operator &actor, const QString &validatedUrl)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    auto current = directoryService();
    if (!current)
        return current.error();
    if (current.value() == validatedUrl)
        return Done {};
    RegisterChange change;
    change.settings.insert(QString::fromUtf16(SettingKeys::DirectoryService), validatedUrl);
    AuditEvent e;
    e.atUtc = m_clock.nowUtc();
    e.operatorUpn = actor.upn;
    e.operatorName = actor.displayName;
    e.action = QString::fromUtf16(AuditActions::DirectoryServiceChanged);
    e.before = QJsonObject {{u"directoryService"_s, current.value()}};
    e.after = QJsonObject {{u"directoryService"_s, validatedUrl}};
    change.events.append(e);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return Done {};
}

Result<int> ContactService::queuedForOtherServices(const QString &validatedUrl) const
{
    auto requests = m_directory.contactRequests();
    if (!requests)
        return requests.error();
    int count = 0;
    for (const ContactRequest &r : requests.value())
        count += r.state == ContactRequest::State::Queued && r.destination != validatedUrl;
    return count;
}

Result<int> ContactService::redirectQueued(const Operator &actor, const QString &validatedUrl)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    if (validatedUrl.isEmpty())
        return Error {ErrorKind::BadInput,
            text(QT_TRANSLATE_NOOP("ContactService", "Set a directory service to send the requests to."))};
    auto requests = m_directory.contactRequests();
    if (!requests)
        return requests.error();
    QStringList from;
    int count = 0;
    for (const ContactRequest &r : requests.value()) {
        if (r.state != ContactRequest::State::Queued || r.destination == validatedUrl)
            continue;
        ++count;
        if (!from.contains(r.destination))
            from.append(r.destination);
    }
    if (count == 0)
        return 0;
    AuditEvent e;
    e.atUtc = m_clock.nowUtc();
    e.operatorUpn = actor.upn;
    e.operatorName = actor.displayName;
    e.action = QString::fromUtf16(AuditActions::ContactRequestsRedirected);
    e.before = QJsonObject {{u"directoryService"_s, QJsonArray::fromStringList(from)}};
    e.after = QJsonObject {{u"directoryService"_s, validatedUrl}, {u"queuedRequests"_s, count}};
    return m_directory.redirectQueued(validatedUrl, e);
}
