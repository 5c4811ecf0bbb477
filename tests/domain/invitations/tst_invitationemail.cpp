#include "invitations/invitationemail.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray P = "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10";
const QByteArray Link = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
    + P + "&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// Quoted-printable as Outlook writes it: "=" as =3D and soft line breaks every 76 characters.
QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray encoded;
    int column = 0;
    for (const char c : text) {
        const QByteArray piece
            = (c == '=' || uchar(c) > 126) ? "=" + QByteArray(1, c).toHex().toUpper() : QByteArray(1, c);
        if (column + piece.size() > 75) {
            encoded += "=\n";
            column = 0;
        }
        encoded += piece;
        column = c == '\n' ? 0 : column + int(piece.size());
    }
    return encoded;
}
} // namespace

class TestInvitationEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText();
    void multipartQuotedPrintableAndHtml();
    void base64Html();
    void wrappedBracketedLink();
    void nestedMultipartAndForwardedMessage();
    void safeLinksInHref();
    void refusedLookalikeReported();
    void noInvitation();
    void attachmentsIgnored();
    void linksAcrossSliceBoundariesFoundWhole();
    void longNonAsciiLinkAcrossABoundaryFoundWhole();
    void wrappedLinkAcrossABoundaryNotFoundAgainInPieces();
    void twelveNestedMultipartsRead();
    void deeperNestingIgnored();
    void atMostTwentyOffered();
    void cancelledReadFindsNothing();
    void linkInHtmlTextWithEntities();
};

namespace {
QByteArray partnerLink(int i)
{
    return "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        + QByteArray::number(0x10000000 + i, 16) + "-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=0&DAP=false";
}

// Each level a multipart whose first part is a short text and whose second is the next level.
QByteArray nested(int levels, const QByteArray &leaf)
{
    QByteArray body = leaf;
    for (int level = levels; level >= 1; --level) {
        const QByteArray b = "level" + QByteArray::number(level);
        body = "Content-Type: multipart/mixed; boundary=" + b + "\n\n--" + b
            + "\nContent-Type: text/plain\n\nLevel " + QByteArray::number(level) + ".\n--" + b + "\n" + body
            + "\n--" + b + "--\n";
    }
    return body;
}
} // namespace

void TestInvitationEmail::plainText()
{
    const QByteArray mail = crlf("From: Contoso <sales@contoso.example>\nSubject: Invitation\n\nHello,\n\n"
                                 "Please accept: "
        + Link + ".\n\nRegards\n");
    const auto found = InvitationEmail::read(mail);
    QCOMPARE(found.invitations.size(), 1);
    QCOMPARE(found.invitations.constFirst().partnerTenantId(), QString::fromLatin1(P));
    QVERIFY(found.invitations.constFirst().requestsDelegatedAdmin());
    QVERIFY(found.refused.isEmpty());
}

void TestInvitationEmail::multipartQuotedPrintableAndHtml()
{
    QByteArray html = "<html><body><p>Klik <a href=\"" + Link;
    html.replace("&", "&amp;");
    html += "\">hier</a> om te accepteren.</p></body></html>";
    const QByteArray mail = crlf("MIME-Version: 1.0\nContent-Type: multipart/alternative;\n"
                                 "\tboundary=\"----=_Part_1\"\n\nThis is a MIME message.\n"
                                 "------=_Part_1\nContent-Type: text/plain; charset=\"utf-8\"\n"
                                 "Content-Transfer-Encoding: quoted-printable\n\n"
        + quotedPrintable("Klik op de link: " + Link + "\nGroet\n")
        + "\n------=_Part_1\nContent-Type: text/html; charset=utf-8\n"
          "Content-Transfer-Encoding: quoted-printable\n\n"
        + quotedPrintable(html) + "\n------=_Part_1--\n");
    const QStringList links = InvitationEmail::links(mail);
    QVERIFY2(links.contains(QString::fromLatin1(Link)), qPrintable(links.join(u'\n')));
    const auto found = InvitationEmail::read(mail);
    QCOMPARE(found.invitations.size(), 1); // the same link in both parts counts once
    QVERIFY(found.refused.isEmpty());
}

void TestInvitationEmail::base64Html()
{
    const QByteArray gdap
        = "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"
          "0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd";
    const QByteArray html = "<a HREF='" + gdap + "'>Approve</a> and <a href=\""
        + QByteArray(Link).replace("&", "&#38;") + "\">accept</a>";
    QByteArray encoded = html.toBase64();
    for (qsizetype i = 76; i < encoded.size(); i += 77)
        encoded.insert(i, '\n');
    const QByteArray mail = crlf(
        "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n");
    const auto found = InvitationEmail::read(mail);
    QCOMPARE(found.invitations.size(), 2);
    QCOMPARE(found.invitations.at(0).kind(), InvitationLink::Kind::GdapApproval);
    QCOMPARE(found.invitations.at(1).kind(), InvitationLink::Kind::Reseller);
}

void TestInvitationEmail::wrappedBracketedLink()
{
    const QByteArray wrapped = "<" + Link.left(60) + "\n    " + Link.mid(60) + ">";
    const auto found = InvitationEmail::read(crlf("Subject: x\n\nLink:\n" + wrapped + "\n"));
    QCOMPARE(found.invitations.size(), 1);
    QVERIFY2(found.refused.isEmpty(), "the first line of a wrapped link must not count as a link of its own");
}

void TestInvitationEmail::nestedMultipartAndForwardedMessage()
{
    const QByteArray inner = "Content-Type: text/plain\n\nForwarded: " + Link + "\n";
    const QByteArray mail = crlf("Content-Type: multipart/mixed; boundary=outer\n\n--outer\n"
                                 "Content-Type: multipart/alternative; boundary=inner\n\n--inner\n"
                                 "Content-Type: text/plain\n\nSee the attached message.\n--inner--\n"
                                 "--outer\nContent-Type: message/rfc822\n\n"
        + inner + "--outer--\n");
    const auto found = InvitationEmail::read(mail);
    QCOMPARE(found.invitations.size(), 1);
}

void TestInvitationEmail::safeLinksInHref()
{
    const QByteArray wrapped = "https://eur02.safelinks.protection.outlook.com/?url="
        + QUrl::toPercentEncoding(QString::fromLatin1(Link)) + "&amp;data=05%7C01&amp;reserved=0";
    const QByteArray mail = crlf("Content-Type: text/html\n\n<a href=\"" + wrapped + "\">accept</a>\n");
    const auto found = InvitationEmail::read(mail);
    QCOMPARE(found.invitations.size(), 1);
    QCOMPARE(found.invitations.constFirst().partnerTenantId(), QString::fromLatin1(P));
}

void TestInvitationEmail::refusedLookalikeReported()
{
    QByteArray lookalike = Link;
    lookalike.replace("admin.microsoft.com", "admin.microsoft.com.partner-login.example");
    const QByteArray mail = crlf(
        "Subject: urgent\n\nAccept now: " + lookalike + "\nOur website: https://www.contoso.example/about\n");
    const auto found = InvitationEmail::read(mail);
    QVERIFY(found.invitations.isEmpty());
    QCOMPARE(found.refused.size(), 1); // the ordinary website link is not reported
    QCOMPARE(found.refused.constFirst().link.refusal(), InvitationLink::Refusal::ForeignHost);
}

void TestInvitationEmail::noInvitation()
{
    const auto found = InvitationEmail::read(crlf("Subject: lunch\n\nSee https://example.org/menu\n"));
    QVERIFY(found.invitations.isEmpty());
    QVERIFY(found.refused.isEmpty());
    QCOMPARE(InvitationEmail::links(crlf("Subject: lunch\n\nSee https://example.org/menu\n")),
        QStringList {u"https://example.org/menu"_s});
    QVERIFY(InvitationEmail::read(QByteArray()).invitations.isEmpty());
}

void TestInvitationEmail::attachmentsIgnored()
{
    const QByteArray mail
        = crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
               "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
            + Link.toBase64() + "\n--b--\n");
    QVERIFY(InvitationEmail::links(mail).isEmpty());
}

void TestInvitationEmail::linksAcrossSliceBoundariesFoundWhole()
{
    // One very long line, so the text is cut inside it: a link across each megabyte boundary, one
    // ending just before and one starting just after it, is each found once and whole.
    QByteArray body(5 * 1024 * 1024, ' ');
    QStringList placed;
    const qsizetype mb = 1024 * 1024;
    const qsizetype length = partnerLink(0).size();
    const QList<qsizetype> starts {mb - 70, 2 * mb - length - 2, 3 * mb + 2, 4 * mb - 70};
    for (qsizetype n = 0; n < starts.size(); ++n) {
        const QByteArray link = partnerLink(int(n));
        body.replace(starts.at(n), link.size(), link);
        placed.append(QString::fromLatin1(link.mid(link.indexOf("partnerId=") + 10, 36)));
    }
    const auto found = InvitationEmail::read("Subject: long\n\n" + body + "\n");
    QStringList tenants;
    for (const InvitationLink &l : found.invitations)
        tenants.append(l.partnerTenantId());
    QCOMPARE(tenants, placed);
    QCOMPARE(found.invitationCount, placed.size());
    QCOMPARE(found.refusedCount, 0);

    // A bracketed link wrapped over lines right at a boundary.
    QByteArray lines;
    while (lines.size() < 1024 * 1024 - 40)
        lines += "filler text of a long mail body\n";
    const QByteArray wrapped = "<" + Link.left(60) + "\n    " + Link.mid(60) + ">";
    const auto bracketed = InvitationEmail::read("Subject: x\n\n" + lines + wrapped + "\n");
    QCOMPARE(bracketed.invitationCount, 1);
    QVERIFY(bracketed.refused.isEmpty());
}

void TestInvitationEmail::longNonAsciiLinkAcrossABoundaryFoundWhole()
{
    // 6,000 characters of four bytes each: the link runs 24 KB past the slice it starts in.
    QString tail;
    for (int i = 0; i < 6000; ++i)
        tail += QString::fromUcs4(U"\U0001F600", 1);
    const QString link = QString::fromLatin1(partnerLink(7)) + u"&note="_s + tail;
    QByteArray body(2 * 1024 * 1024, ' ');
    const QByteArray bytes = link.toUtf8();
    body.replace(1024 * 1024 - 100, bytes.size(), bytes);
    QCOMPARE(InvitationEmail::links("Subject: x\nContent-Type: text/plain; charset=utf-8\n\n" + body),
        QStringList {link});
}

void TestInvitationEmail::wrappedLinkAcrossABoundaryNotFoundAgainInPieces()
{
    // A bracketed link wrapped over two lines, its first line crossing the first megabyte (so the slice
    // ends after it), its second holding another scheme: found once, whole, not a second time in pieces.
    QByteArray lines;
    while (lines.size() < 1024 * 1024 - 40)
        lines += "filler text of a long mail body\n";
    const QByteArray first = "<" + Link.left(100);
    const QByteArray second = "    " + Link.mid(100) + "&next=https://evil.example/other>";
    const QStringList links = InvitationEmail::links("Subject: x\n\n" + lines + first + "\n" + second + "\n");
    QCOMPARE(links, QStringList {QString::fromLatin1(Link + "&next=https://evil.example/other")});
}

void TestInvitationEmail::twelveNestedMultipartsRead()
{
    const auto found
        = InvitationEmail::read(crlf(nested(12, "Content-Type: text/plain\n\nAccept: " + Link + "\n")));
    QCOMPARE(found.invitationCount, 1);
    QCOMPARE(found.invitations.constFirst().partnerTenantId(), QString::fromLatin1(P));
}

void TestInvitationEmail::deeperNestingIgnored()
{
    QVERIFY(InvitationEmail::read(nested(14, "Content-Type: text/plain\n\nAccept: " + Link + "\n"))
                .invitations.isEmpty());
}

void TestInvitationEmail::atMostTwentyOffered()
{
    QByteArray body;
    for (int i = 0; i < 25; ++i)
        body += "Link " + QByteArray::number(i) + ": " + partnerLink(i) + "\n";
    for (int i = 0; i < 23; ++i)
        body += "Lookalike: " + partnerLink(i).replace("admin.microsoft.com", "admin.example") + "\n";
    const auto found = InvitationEmail::read("Subject: many\n\n" + body);
    QCOMPARE(found.invitations.size(), InvitationEmail::kMaxOffered);
    QCOMPARE(found.invitationCount, 25);
    QCOMPARE(found.invitations.constFirst().partnerTenantId(), u"10000000-5b7d-4c21-9e1a-0d4b6c8e2f10"_s);
    QCOMPARE(found.refused.size(), InvitationEmail::kMaxOffered);
    QCOMPARE(found.refusedCount, 23);
}

void TestInvitationEmail::cancelledReadFindsNothing()
{
    const std::atomic<bool> cancelled {true};
    const auto found = InvitationEmail::read("Subject: x\n\n" + Link + "\n", &cancelled);
    QVERIFY(found.cancelled);
    QVERIFY(found.invitations.isEmpty());
    const std::atomic<bool> going {false};
    QCOMPARE(InvitationEmail::read("Subject: x\n\n" + Link + "\n", &going).invitationCount, 1);
}

void TestInvitationEmail::linkInHtmlTextWithEntities()
{
    QByteArray escaped = Link;
    escaped.replace("&", "&amp;");
    const auto found = InvitationEmail::read(
        "Content-Type: text/html\n\n<p>Copy this: " + escaped + "&quot;</p><p>Thanks</p>\n");
    QCOMPARE(found.invitationCount, 1);
    QVERIFY(found.invitations.constFirst().requestsDelegatedAdmin());
}

QTEST_GUILESS_MAIN(TestInvitationEmail)
#include "tst_invitationemail.moc"
