#pragma once
// InvitationEmail: the invitation links in a saved email (.eml, RFC 5322 with MIME). Walks multipart
// bodies, decodes quoted-printable and base64, reads links in plain text and in HTML hrefs (entities
// decoded), and parses each with InvitationLink. Reading an email never changes anything.

#include "invitations/invitationlink.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

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
        QList<InvitationLink> invitations; // valid, each once, in order of appearance
        QList<Refused> refused; // links that look like invitations but are refused
    };

    static Found read(const QByteArray &message);
    // Every http(s) link in the readable parts, in order of appearance, each once.
    static QStringList links(const QByteArray &message);
    // Whether a link that is not a valid invitation still looks like one worth reporting.
    static bool looksLikeInvitation(const QString &text);
    static constexpr qsizetype kMaxMessageBytes = 32 * 1024 * 1024;
};
