#pragma once
// ContactService: "Contact selected providers". Checks the form, then writes one request per partner to
// the outbox with its own idempotency key and audit event, in one transaction; delivery happens later
// (OutboxSender), so nothing typed is lost when the app closes or the office is offline. Also keeps the
// directory service address, a register setting.

#include "common/result.h"
#include "directory/directory.h"

class Clock;
class DirectoryRepository;
class RegisterRepository;
struct Operator;

class ContactService
{
public:
    struct Form
    {
        QString organisationName;
        quint8 organisationSize = 0; // one OrganisationSize flag
        QString contactName;
        QString email;
        QString phone; // optional
        QString needs;
    };
    enum class Field { None, OrganisationName, OrganisationSize, ContactName, Email, Phone, Needs };
    struct Problem
    {
        Field field = Field::None;
        QString message; // translated
    };

    ContactService(RegisterRepository &repository, DirectoryRepository &directory, const Clock &clock);

    static Problem check(const Form &form); // the first problem, field None when the form is complete
    Result<QList<ContactRequest>> send(
        const Operator &actor, const QList<DirectoryEntry> &partners, const Form &form);

    Result<QString> directoryService() const;
    // Changing the service never moves requests already queued: each waits for the service it was
    // written for, until an admin chooses to send it to another one (redirectQueued).
    Status setDirectoryService(const Operator &actor, const QString &validatedUrl);
    // Queued requests that were written for another service than validatedUrl, or while none was set.
    Result<int> queuedForOtherServices(const QString &validatedUrl) const;
    // Sends those requests to validatedUrl instead (audited); returns how many.
    Result<int> redirectQueued(const Operator &actor, const QString &validatedUrl);

private:
    RegisterRepository &m_repository;
    DirectoryRepository &m_directory;
    const Clock &m_clock;
};
