#pragma once
// InvitationEmail: the invitation links in a saved email (.eml, RFC 5322 with MIME). Walks multipart
// bodies, decodes quoted-printable and base64, reads links in plain text and in HTML hrefs (entities
// decoded), and parses each with InvitationLink. Reading an email never changes anything.
//
// A crafted email must not cost minutes or gigabytes: parts are views into the one message buffer (no
// copy per nesting level), text is read in slices of about a megabyte, and what is kept is bounded
// (links collected, invitations and refusals reported).

#include "invitations/invitationlink.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <atomic>

class InvitationEmail
{
public:
    struct Refused
    {
        QString text; // the link as found in the email
        InvitationLink link; // carries the reason
    };
    struct Found
    {
        QList<InvitationLink> invitations; // valid, each once, in order of appearance; at most kMaxOffered
        qsizetype invitationCount = 0; // all valid ones, also those beyond kMaxOffered
        QList<Refused> refused; // links that look like invitations but are refused; at most kMaxOffered
        qsizetype refusedCount = 0;
        bool cancelled = false;
    };

    static constexpr qsizetype kMaxMessageBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxOffered = 20; // invitations (and refusals) offered from one email
    static constexpr qsizetype kMaxLinks = 1000; // distinct links links() returns

    // message is taken by value: pass it with std::move to read without a copy. cancelled is polled.
    static Found read(QByteArray message, const std::atomic<bool> *cancelled = nullptr);
    // Every http(s) link in the readable parts, in order of appearance, each once (at most kMaxLinks).
    static QStringList links(QByteArray message);
    // Whether a link that is not a valid invitation still looks like one worth reporting.
    static bool looksLikeInvitation(const QString &text);
};
