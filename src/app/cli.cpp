#include "cli.h"

#include "cliactivity.h"
#include "reports/clireports.h"
#include "review/clireview.h"
#include "relationships/riskassessment.h"

#include "cliregister.h"
#include "clisupport.h"
#include "clitodos.h"

#include "audit/auditchain.h"
#include "audit/auditdescription.h"
#include "audit/receiptbook.h"
#include "common/clock.h"
#include "common/csv.h"
#include "common/policy.h"
#include "database/database.h"
#include "invitations/invitationemail.h"
#include "invitations/invitationlink.h"
#include "register/demoregister.h"
#include "register/sqlregisterrepository.h"
#include "registersession.h"
#include "relationships/relationshipjson.h"
#include "relationships/relationshipservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using CliSupport::fail;

namespace {

int createDemo(const QString &path, QTextStream &out, QTextStream &err)
{
    if (path.isEmpty())
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "create-demo needs --db FILE: the register to create.")});
    auto database = Database::open(path, Database::OpenMode::CreateNew);
    if (!database)
        return fail(err, database.error());
    SystemClock clock;
    if (Status s = DemoRegister::create(*database.value(), clock); !s) {
        database.value().reset();
        QFile::remove(path); // we created it a moment ago; leave nothing half-made behind
        return fail(err, s.error());
    }
    out << QCoreApplication::translate("Cli", "Created the demo register %1.")
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return Cli::Ok;
}

int info(RegisterSession &session, QTextStream &out, QTextStream &err)
{
    auto counts = session.repository().counts();
    if (!counts)
        return fail(err, counts.error());
    auto newest = AuditChain::newestHash(session.database().connection());
    if (!newest)
        return fail(err, newest.error());
    const Organisation &org = session.organisation();
    out << QCoreApplication::translate("Cli", "Organisation:        %1").arg(org.name) << Qt::endl
        << QCoreApplication::translate("Cli", "Tenant ID:           %1").arg(org.tenantId) << Qt::endl
        << QCoreApplication::translate("Cli", "Register file:       %1")
               .arg(QDir::toNativeSeparators(session.database().path()))
        << Qt::endl
        << QCoreApplication::translate("Cli", "Schema version:      %1")
               .arg(session.database().schemaVersion())
        << Qt::endl
        << QCoreApplication::translate("Cli", "Partners:            %1").arg(counts->partners) << Qt::endl
        << QCoreApplication::translate("Cli", "Relationships:       %1").arg(counts->relationships)
        << Qt::endl
        << QCoreApplication::translate("Cli", "Audit events:        %1").arg(counts->auditEvents) << Qt::endl
        << QCoreApplication::translate("Cli", "Newest audit hash:   %1").arg(newest.value()) << Qt::endl
        << QCoreApplication::translate("Cli", "Acting as:           %1 <%2>")
               .arg(session.actor().displayName, session.actor().upn)
        << Qt::endl;
    return Cli::Ok;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), u' ');
}

int list(RegisterSession &session, const QString &format, QTextStream &out, QTextStream &err)
{
    auto relationships = session.repository().relationships();
    if (!relationships)
        return fail(err, relationships.error());
    TodoQuery openTodos;
    auto todos = session.repository().todos(openTodos);
    if (!todos)
        return fail(err, todos.error());
    QHash<QString, QList<Todo>> todosOf;
    for (const Todo &t : todos.value())
        todosOf[t.partnerTenantId].append(t);
    if (format == "json"_L1) {
        // What the tenant is known to hold (roles, types, GDAP, agreement), and the decisions on it
        // still to do in Microsoft 365.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The risk as the partner list shows it (with the activity evidence's rules), under stable keys.
        auto summaries = session.repository().summaries();
        if (!summaries)
            return fail(err, summaries.error());
        QHash<qint64, quint16> riskOf;
        for (const PartnerSummary &s : summaries.value())
            riskOf.insert(s.id, RiskAssessment::assess(s, now));
        QJsonArray array;
        for (const Relationship &r : relationships.value()) {
            QJsonObject json = RelationshipJson::toJson(r);
            const quint16 flags = riskOf.value(r.id);
            json.insert(u"risk"_s,
                QJsonObject {{u"level"_s, RiskAssessment::levelKey(RiskAssessment::level(flags))},
                    {u"flags"_s, QJsonArray::fromStringList(RiskAssessment::keys(flags))}});
            QJsonArray open;
            for (const Todo &t : todosOf.value(r.partner.tenantId))
                open.append(CliTodos::todoJson(t, now));
            json.insert(u"openTodos"_s, open);
            array.append(json);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Ok;
    }
    if (format == "csv"_L1) {
        out << Csv::row({QCoreApplication::translate("Cli", "Partner name"),
            QCoreApplication::translate("Cli", "Partner tenant ID"),
            QCoreApplication::translate("Cli", "PartnerID"),
            QCoreApplication::translate("Cli", "Relationship type"),
            QCoreApplication::translate("Cli", "Admin roles"),
            QCoreApplication::translate("Cli", "Role template IDs"),
            QCoreApplication::translate("Cli", "Agreement"),
            QCoreApplication::translate("Cli", "GDAP status"),
            QCoreApplication::translate("Cli", "GDAP end (UTC)")});
        for (const Relationship &r : relationships.value()) {
            QStringList ids;
            for (const AdminRole &role : r.roles)
                ids.append(role.templateId());
            out << Csv::row({r.partner.name, r.partner.tenantId, r.partner.partnerId, r.typesDisplay(),
                r.rolesDisplay(), ids.join(u' '),
                r.agreement.isAccepted() ? QCoreApplication::translate("Cli", "accepted")
                                         : QCoreApplication::translate("Cli", "not accepted"),
                r.gdap.status, r.gdap.endUtc.isValid() ? r.gdap.endUtc.toString(Qt::ISODate) : QString()});
        }
        return Cli::Ok;
    }
    if (format != "table"_L1) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "Unknown format %1; use table, json or csv.")
                    .arg(format)});
    }
    const QStringList headers {QCoreApplication::translate("Cli", "Partner name"),
        QCoreApplication::translate("Cli", "Relationship type"),
        QCoreApplication::translate("Cli", "Admin roles")};
    QList<QStringList> rows;
    QList<qsizetype> widths {headers[0].size(), headers[1].size(), headers[2].size()};
    for (const Relationship &r : relationships.value()) {
        QString roles = r.roles.isEmpty() ? QCoreApplication::translate("Cli", "None") : r.rolesDisplay();
        for (const Todo &t : todosOf.value(r.partner.tenantId)) {
            if (t.kind == Todo::Kind::RemoveRoles)
                roles += QCoreApplication::translate("Cli", " (removal decided, to-do %1)").arg(t.id);
            else if (t.kind == Todo::Kind::Authorize)
                roles += QCoreApplication::translate("Cli", " (authorization decided, to-do %1)").arg(t.id);
        }
        QStringList row {r.partner.name, r.typesDisplay(), roles};
        for (int i = 0; i < 3; ++i)
            widths[i] = std::max(widths[i], row[i].size());
        rows.append(row);
    }
    auto print = [&](const QStringList &row) {
        out << padded(row[0], widths[0]) << u"  "_s << padded(row[1], widths[1]) << u"  "_s << row[2]
            << Qt::endl;
    };
    print(headers);
    print({QString(widths[0], u'-'), QString(widths[1], u'-'), QString(widths[2], u'-')});
    for (const QStringList &row : std::as_const(rows))
        print(row);
    out << QCoreApplication::translate("Cli", "%n relationship(s)", nullptr, int(rows.size())) << Qt::endl;
    return Cli::Ok;
}

int verifyAudit(RegisterSession &session, const QStringList &receiptTexts, QTextStream &out, QTextStream &err)
{
    QList<AuditReceipt> given;
    for (const QString &text : receiptTexts) {
        const auto receipt = AuditReceipt::parse(text.trimmed());
        if (!receipt) {
            return fail(err,
                {ErrorKind::BadInput,
                    QCoreApplication::translate("Cli",
                        "--receipt needs a receipt as partnerdesk-cli receipt prints it (PartnerDesk receipt "
                        "v1 …).")});
        }
        given.append(*receipt);
    }
    auto result = AuditChain::verify(session.database().connection());
    if (!result)
        return fail(err, result.error());
    if (!result->intact()) {
        return fail(err,
            {ErrorKind::CheckFailed,
                QCoreApplication::translate("Cli", "The audit history is broken at event %1: %2.")
                    .arg(result->firstBadSequence)
                    .arg(result->problem)});
    }
    out << QCoreApplication::translate(
        "Cli", "The audit history is intact: %n event(s) verified.", nullptr, int(result->checked))
        << Qt::endl;

    // The chain can be intact and still be cut short or rewritten whole: the receipts kept outside
    // the register say what it held before.
    auto check = session.repository().checkReceipts(RegisterSession::receiptFolders(), given);
    if (!check)
        return fail(err, check.error());
    if (check->otherRegisters > 0) {
        out << QCoreApplication::translate("Cli",
            "%n receipt(s) from elsewhere ignored (written for another register).", nullptr,
            check->otherRegisters)
            << Qt::endl;
    }
    if (check->unreadableLines > 0) {
        out << QCoreApplication::translate(
            "Cli", "Ignored %n unreadable line(s) in the receipt files.", nullptr, check->unreadableLines)
            << Qt::endl;
    }
    if (check->failed())
        return fail(err, {ErrorKind::CheckFailed, check->summary()});
    out << check->summary() << Qt::endl;
    return Cli::Ok;
}

int printReceipt(RegisterSession &session, QTextStream &out, QTextStream &err)
{
    auto receipt = AuditChain::receipt(session.database().connection(), QDateTime::currentDateTimeUtc());
    if (!receipt)
        return fail(err, receipt.error());
    if (receipt->sequence == 0) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "The register has no audit history yet.")});
    }
    out << receipt->toText() << Qt::endl;
    return Cli::Ok;
}

int removeRoles(RegisterSession &session, const QStringList &tenantIds, bool yes, QTextStream &in,
    QTextStream &out, QTextStream &err)
{
    if (tenantIds.isEmpty()) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "remove-roles needs the partner's tenant ID.")});
    }
    // The policy is checked by the service; asking first is only courtesy, so check it up front too.
    if (const Decision d = Policy::check(session.actor(), PolicyAction::ManageRelationships); !d)
        return fail(err, {ErrorKind::NotAllowed, d.reason()});
    QList<Relationship> targets;
    for (const QString &tenantId : tenantIds) {
        auto found = session.repository().relationshipForPartner(tenantId);
        if (!found)
            return fail(err, found.error());
        if (!found.value()) {
            return fail(err,
                {ErrorKind::NotFound,
                    QCoreApplication::translate("Cli", "No partner with tenant ID %1 is in the register.")
                        .arg(tenantId)});
        }
        targets.append(*found.value());
    }
    if (!yes) {
        out << QCoreApplication::translate("Cli", "Remove roles?") << Qt::endl;
        for (const Relationship &r : std::as_const(targets)) {
            out << u"  "_s << r.partner.name << u": "_s
                << (r.roles.isEmpty() ? QCoreApplication::translate("Cli", "None") : r.rolesDisplay())
                << Qt::endl;
        }
        out << QCoreApplication::translate("Cli",
            "The relationship stays: the partner can still work with you, for example as a Reseller, "
            "and can still make purchases.")
            << Qt::endl
            << QCoreApplication::translate("Cli", "Remove roles? [y/N] ") << Qt::flush;
        const QString answer = in.readLine().trimmed().toLower();
        static const QStringList yesWords {u"y"_s, u"yes"_s, u"j"_s, u"ja"_s};
        if (!yesWords.contains(answer)) {
            out << QCoreApplication::translate("Cli", "No roles were removed.") << Qt::endl;
            return Cli::Ok;
        }
    }
    SystemClock clock;
    RelationshipService service(session.repository(), clock);
    QStringList ids;
    for (const Relationship &r : std::as_const(targets))
        ids.append(r.partner.tenantId);
    auto result = service.removeRoles(session.actor(), ids);
    if (!result)
        return fail(err, result.error());
    for (const Relationship &r : result.value())
        out << CliSupport::printable(QCoreApplication::translate("Cli",
            "Recorded: the decision to remove the admin roles of %1. The partner holds them until they "
            "are removed in Microsoft 365.")
                                         .arg(r.partner.name))
            << Qt::endl;
    out << QCoreApplication::translate("Cli", "Now remove the roles in the Microsoft 365 admin center: %1")
               .arg(u"https://admin.microsoft.com/AdminPortal/Home#/partners"_s)
        << Qt::endl
        << QCoreApplication::translate("Cli",
               "Then mark the step done: partnerdesk-cli todo done ID (partnerdesk-cli todo lists them).")
        << Qt::endl;
    return Cli::Ok;
}

int history(RegisterSession &session, const QString &partnerTenantId, int limit, const QString &format,
    QTextStream &out, QTextStream &err)
{
    if (format != "table"_L1 && format != "json"_L1 && format != "csv"_L1) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "Unknown format %1; use table, json or csv.")
                    .arg(format)});
    }
    AuditFilter filter;
    filter.partnerTenantId = partnerTenantId;
    QJsonArray json;
    if (format == "csv"_L1) {
        out << Csv::row(
            {QCoreApplication::translate("Cli", "Time (UTC)"), QCoreApplication::translate("Cli", "Event"),
                QCoreApplication::translate("Cli", "Operator"), QCoreApplication::translate("Cli", "Partner"),
                QCoreApplication::translate("Cli", "Partner tenant ID"),
                QCoreApplication::translate("Cli", "Action"), QCoreApplication::translate("Cli", "Change"),
                QCoreApplication::translate("Cli", "SHA-256")});
    }
    AuditCursor cursor;
    int written = 0;
    // Pages of indexed queries, so even the whole history of a large register streams out.
    while (limit == 0 || written < limit) {
        const int page = limit == 0 ? 1000 : std::min(1000, limit - written);
        auto events = session.repository().auditEvents(filter, cursor, page);
        if (!events)
            return fail(err, events.error());
        for (const AuditEvent &e : events.value()) {
            const QString time = e.atUtc.toUTC().toString(Qt::ISODate);
            if (format == "json"_L1) {
                json.append(QJsonObject {{u"sequence"_s, e.sequence}, {u"time"_s, time},
                    {u"operatorUpn"_s, e.operatorUpn}, {u"operatorName"_s, e.operatorName},
                    {u"partnerTenantId"_s, e.partnerTenantId}, {u"partnerName"_s, e.partnerName},
                    {u"action"_s, e.action}, {u"before"_s, e.before}, {u"after"_s, e.after},
                    {u"hash"_s, e.hash}});
            } else if (format == "csv"_L1) {
                out << Csv::row(
                    {time, QString::number(e.sequence), e.operatorUpn, e.partnerName, e.partnerTenantId,
                        AuditDescription::actionName(e.action), AuditDescription::change(e), e.hash});
            } else {
                out << time << u"  "_s << (e.operatorName.isEmpty() ? e.operatorUpn : e.operatorName)
                    << u"  "_s << (e.partnerName.isEmpty() ? u"—"_s : e.partnerName) << u"  "_s
                    << AuditDescription::actionName(e.action);
                const QString change = AuditDescription::change(e);
                if (!change.isEmpty())
                    out << u"  ("_s << change << u')';
                out << Qt::endl;
            }
            ++written;
        }
        if (events->size() < page)
            break;
        cursor = {events->constLast().atUtc, events->constLast().sequence};
    }
    if (format == "json"_L1)
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Cli::Ok;
}

QJsonObject linkJson(const InvitationLink &link)
{
    QJsonArray roles;
    for (const AdminRole &role : link.rolesGranted())
        roles.append(
            QJsonObject {{u"roleDefinitionId"_s, role.templateId()}, {u"name"_s, role.englishName()}});
    return QJsonObject {{u"valid"_s, true}, {u"kind"_s, InvitationLink::kindKey(link.kind())},
        {u"partnerTenantId"_s, link.partnerTenantId()}, {u"partnerId"_s, link.partnerId()},
        {u"indirectProviderTenantId"_s, link.indirectProviderTenantId()},
        {u"gdapRelationshipId"_s, link.gdapRelationshipId()},
        {u"delegatedAdmin"_s, link.requestsDelegatedAdmin()}, {u"rolesGranted"_s, roles},
        {u"url"_s, link.url().toString()}};
}

void printLink(const InvitationLink &link, QTextStream &out)
{
    const QString none = QCoreApplication::translate("Cli", "None");
    auto orNone = [&](const QString &text) { return text.isEmpty() ? none : text; };
    out << QCoreApplication::translate("Cli", "Invitation:          %1").arg(link.kindName()) << Qt::endl;
    if (link.kind() == InvitationLink::Kind::GdapApproval) {
        out << QCoreApplication::translate("Cli", "GDAP relationship:   %1").arg(link.gdapRelationshipId())
            << Qt::endl;
    } else if (link.kind() != InvitationLink::Kind::AgreementOnly) {
        out << QCoreApplication::translate("Cli", "Partner tenant ID:   %1").arg(link.partnerTenantId())
            << Qt::endl
            << QCoreApplication::translate("Cli", "PartnerID:           %1").arg(orNone(link.partnerId()))
            << Qt::endl
            << QCoreApplication::translate("Cli", "Indirect provider:   %1")
                   .arg(orNone(link.indirectProviderTenantId()))
            << Qt::endl;
    }
    if (link.requestsDelegatedAdmin()) {
        out << QCoreApplication::translate("Cli",
            "Would grant:         Global Administrator and Helpdesk Administrator, "
            "with no end date (high risk)")
            << Qt::endl;
        for (const AdminRole &role : link.rolesGranted())
            out << u"  - "_s << role.displayName() << u" ("_s << role.templateId() << u')' << Qt::endl;
        out << QCoreApplication::translate("Cli",
            "Advice:              ask the partner for GDAP (time-bound, least "
            "privilege) instead.")
            << Qt::endl;
    } else if (link.kind() == InvitationLink::Kind::GdapApproval) {
        out << QCoreApplication::translate(
            "Cli", "Would grant:         the roles in the GDAP request, for its duration")
            << Qt::endl;
    } else {
        out << QCoreApplication::translate("Cli", "Would grant:         no admin roles") << Qt::endl;
    }
}

// Parsing never touches a register: a link can be inspected before anything is opened.
int inspectLink(const QStringList &links, bool json, QTextStream &out, QTextStream &err)
{
    if (links.size() != 1) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "inspect-link needs exactly one link (quote it).")});
    }
    const InvitationLink link = InvitationLink::parse(links.constFirst());
    if (json) {
        const QJsonObject object = link.isValid()
            ? linkJson(link)
            : QJsonObject {{u"valid"_s, false}, {u"reason"_s, link.refusalReason()}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return link.isValid() ? Cli::Ok : Cli::BadInput;
    }
    if (!link.isValid())
        return fail(err, {ErrorKind::BadInput, link.refusalReason()});
    printLink(link, out);
    return Cli::Ok;
}

// Every invitation link in a saved email; the ones that look like invitations but are refused, with why.
int inspectEmail(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "The email file %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())});
    }
    if (file.size() > InvitationEmail::kMaxMessageBytes) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "The email file %1 is larger than 32 MB.")
                    .arg(QDir::toNativeSeparators(path))});
    }
    const InvitationEmail::Found found = InvitationEmail::read(file.readAll());
    if (json) {
        QJsonArray invitations;
        for (const InvitationLink &link : found.invitations)
            invitations.append(linkJson(link));
        QJsonArray refused;
        for (const InvitationEmail::Refused &r : found.refused)
            refused.append(QJsonObject {{u"link"_s, r.text}, {u"reason"_s, r.link.refusalReason()}});
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"invitations"_s, invitations}, {u"refused"_s, refused}})
                .toJson(QJsonDocument::Indented));
    } else {
        for (qsizetype i = 0; i < found.invitations.size(); ++i) {
            if (i > 0)
                out << Qt::endl;
            printLink(found.invitations.at(i), out);
        }
        for (const InvitationEmail::Refused &r : found.refused) {
            err << QCoreApplication::translate("Cli", "Refused link: %1\n  %2")
                       .arg(r.text, r.link.refusalReason())
                << Qt::endl;
        }
        if (found.invitationCount > found.invitations.size())
            out << QCoreApplication::translate("Cli", "… and %n more invitation link(s), not shown.", nullptr,
                int(found.invitationCount - found.invitations.size()))
                << Qt::endl;
        if (found.refusedCount > found.refused.size())
            err << QCoreApplication::translate("Cli", "… and %n more refused link(s), not shown.", nullptr,
                int(found.refusedCount - found.refused.size()))
                << Qt::endl;
    }
    if (found.invitations.isEmpty()) {
        if (!json) {
            err << QCoreApplication::translate("Cli", "partnerdesk-cli: %1 holds no invitation link.")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        }
        return Cli::BadInput;
    }
    return Cli::Ok;
}

} // namespace

int Cli::run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "PartnerDesk command line: inspect and verify a register of Microsoft partner relationships.\n\n"
        "Commands:\n"
        "  init            create an empty register for your organisation in the --db file\n"
        "                  (--organisation, --tenant, and the first operator: --operator, --name, "
        "--role...)\n"
        "  create-demo     write the demo register to the --db file (which must not exist)\n"
        "  info            organisation, schema version, counts and the newest audit hash\n"
        "  list            partner relationships (--format table, json or csv)\n"
        "  verify-audit    recompute the audit hash chain and name the first altered event, and compare\n"
        "                  it with the receipts kept outside the register (and --receipt TEXT)\n"
        "  receipt         the register's current audit receipt, to keep elsewhere (an email, a ticket)\n"
        "  remove-roles    record the decision to remove the admin roles of the partners with these tenant\n"
        "                  IDs (asks first; --yes); the roles stay until the to-do is done\n"
        "  todo            steps still to do in Microsoft 365 (--all, --format); todo done ID marks one\n"
        "                  done, todo withdraw ID reverses its decision (--note, --yes)\n"
        "  history         the audit history, newest first (--partner, --limit, --format)\n"
        "  import          import partner files: CSV, Graph GDAP relationships (--partner, --partner-name),\n"
        "                  cross-tenant access partners, the admin center's partner list; shows the dry\n"
        "                  run and asks first (--dry-run only shows, --yes applies without asking); Entra\n"
        "                  sign-in and audit logs (JSON or CSV) are kept as evidence of partner activity\n"
        "  activity        partner sign-ins per partner tenant from the imported logs (--partner, --days,\n"
        "                  --format table, json or csv)\n"
        "  review          the access review: review shows it (--format), review start (--title, --from,\n"
        "                  --to), review decide TENANT-ID keep|remove-roles|request-end (--note,\n"
        "                  --yes, --method), review sign-off (--note)\n"
        "  export          the access report as --format csv, pdf or json to --output FILE (--lang,\n"
        "                  --review ID or none, --delimiter \";\" for Dutch Excel)\n"
        "  verify-report   check a JSON report against the register: still matching, or which partner\n"
        "                  changed since\n"
        "  demo-signins    write a made-up sign-in log of the demo register to --output FILE (--format csv)\n"
        "  operators       who may act in the register, with their Entra roles\n"
        "  operator        add or change an operator: operator UPN --name NAME --role ROLE...\n"
        "  upgrade         bring a register written by an older version up to this version's schema\n"
        "  inspect-link    what an invitation link is and would grant, or why it is refused (--json);\n"
        "                  with --eml FILE, every invitation link in a saved email\n\n"
        "Exit codes: 0 ok, 1 check failed, 2 bad input."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        QCoreApplication::translate("Cli", "Open the register FILE instead of the default one."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption asOption(u"as"_s,
        QCoreApplication::translate("Cli", "Act as the operator with this UPN."),
        QCoreApplication::translate("Cli", "UPN"));
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("Cli", "Language of the output: nl or en."),
        QCoreApplication::translate("Cli", "LANGUAGE"));
    const QCommandLineOption formatOption(u"format"_s,
        QCoreApplication::translate("Cli",
            "Output format of list, history, todo and activity: table, json or csv; "
            "of demo-signins: json or csv."),
        QCoreApplication::translate("Cli", "FORMAT"), u"table"_s);
    const QCommandLineOption yesOption(u"yes"_s,
        QCoreApplication::translate("Cli", "Answer Yes: to \"Remove roles?\", or to applying an import."));
    const QCommandLineOption partnerOption(u"partner"_s,
        QCoreApplication::translate("Cli",
            "history: only this partner's events; import: the partner a GDAP relationship file came from; "
            "activity: only this partner tenant."),
        QCoreApplication::translate("Cli", "TENANT-ID"));
    const QCommandLineOption partnerNameOption(u"partner-name"_s,
        QCoreApplication::translate(
            "Cli", "import: the name of that partner, when the register does not know it."),
        QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption dryRunOption(
        u"dry-run"_s, QCoreApplication::translate("Cli", "import: only show what the import would do."));
    const QCommandLineOption organisationOption(u"organisation"_s,
        QCoreApplication::translate("Cli", "init: the organisation's name."),
        QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption tenantOption(u"tenant"_s,
        QCoreApplication::translate("Cli", "init: the organisation's tenant ID."),
        QCoreApplication::translate("Cli", "TENANT-ID"));
    const QCommandLineOption operatorOption(u"operator"_s,
        QCoreApplication::translate("Cli", "init: the first operator's UPN (a Global Administrator)."),
        QCoreApplication::translate("Cli", "UPN"));
    const QCommandLineOption nameOption(u"name"_s,
        QCoreApplication::translate("Cli", "init, operator: the operator's name."),
        QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption roleOption(u"role"_s,
        QCoreApplication::translate(
            "Cli", "init, operator: an Entra role of the operator (repeat for each)."),
        QCoreApplication::translate("Cli", "ROLE"));
    const QCommandLineOption limitOption(u"limit"_s,
        QCoreApplication::translate("Cli", "At most N history events (0: all)."), u"N"_s, u"100"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Cli", "inspect-link: print JSON."));
    const QCommandLineOption emlOption(u"eml"_s,
        QCoreApplication::translate("Cli", "inspect-link: read the invitation links in this saved email."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption receiptOption(u"receipt"_s,
        QCoreApplication::translate(
            "Cli", "verify-audit: also check against this receipt (as receipt prints it)."),
        QCoreApplication::translate("Cli", "TEXT"));
    const QCommandLineOption allOption(
        u"all"_s, QCoreApplication::translate("Cli", "todo: list done and withdrawn steps too."));
    const QCommandLineOption noteOption(u"note"_s,
        QCoreApplication::translate("Cli", "todo done, todo withdraw: a note kept with the step."),
        QCoreApplication::translate("Cli", "TEXT"));
    const QCommandLineOption daysOption(u"days"_s,
        QCoreApplication::translate(
            "Cli", "activity: count sign-ins over the last N days of the logs (default 90)."),
        QCoreApplication::translate("Cli", "N"));
    const QCommandLineOption outputOption(u"output"_s,
        QCoreApplication::translate("Cli", "demo-signins, export: the file to write."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption reviewOption(u"review"_s,
        QCoreApplication::translate("Cli",
            "export: the review whose decisions the report carries (default: the newest; none: no review)."),
        QCoreApplication::translate("Cli", "ID"));
    const QCommandLineOption titleOption(u"title"_s,
        QCoreApplication::translate("Cli", "review start: the review's title (default: this quarter's)."),
        QCoreApplication::translate("Cli", "TEXT"));
    const QCommandLineOption fromOption(u"from"_s,
        QCoreApplication::translate(
            "Cli", "review start: the first day of the period it covers (YYYY-MM-DD)."),
        QCoreApplication::translate("Cli", "DATE"));
    const QCommandLineOption toOption(u"to"_s,
        QCoreApplication::translate(
            "Cli", "review start: the last day of the period it covers (YYYY-MM-DD)."),
        QCoreApplication::translate("Cli", "DATE"));
    const QCommandLineOption methodOption(u"method"_s,
        QCoreApplication::translate("Cli",
            "review decide ... request-end: how the partner was asked: email, phone, meeting or other."),
        QCoreApplication::translate("Cli", "METHOD"));
    const QCommandLineOption delimiterOption(u"delimiter"_s,
        QCoreApplication::translate(
            "Cli", "export: the CSV delimiter, \",\" (default), \";\" for Dutch Excel, or tab."),
        QCoreApplication::translate("Cli", "CHARACTER"));
    parser.addOptions({dbOption, asOption, langOption, formatOption, yesOption, partnerOption, limitOption,
        jsonOption, emlOption, partnerNameOption, dryRunOption, organisationOption, tenantOption,
        operatorOption, nameOption, roleOption, allOption, noteOption, receiptOption, daysOption,
        outputOption, reviewOption, delimiterOption, titleOption, fromOption, toOption, methodOption});
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("Cli", "One of the commands above."));
    parser.addPositionalArgument(u"arguments"_s,
        QCoreApplication::translate(
            "Cli", "remove-roles: the partners' tenant IDs; import: the files; operator: the UPN."),
        u"[ARGUMENT...]"_s);

    if (!parser.parse(arguments))
        return fail(err, {ErrorKind::BadInput, parser.errorText()});
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    static const QStringList withArguments {u"remove-roles"_s, u"inspect-link"_s, u"import"_s, u"operator"_s,
        u"todo"_s, u"verify-report"_s, u"review"_s};
    const bool takesArguments = withArguments.contains(positional.value(0));
    if (positional.isEmpty() || (positional.size() > 1 && !takesArguments)) {
        return fail(err,
            {ErrorKind::BadInput,
                positional.isEmpty()
                    ? QCoreApplication::translate("Cli", "No command given. Try --help.")
                    : QCoreApplication::translate("Cli", "Give one command at a time. Try --help.")});
    }
    const QString command = positional.constFirst();
    const QString dbPath = parser.value(dbOption);
    if (command == "create-demo"_L1)
        return createDemo(dbPath, out, err);
    if (command == "demo-signins"_L1) {
        return CliActivity::writeDemoSignIns(parser.value(outputOption),
            parser.isSet(formatOption) ? parser.value(formatOption).trimmed().toLower() : QString(), out,
            err);
    }
    if (command == "init"_L1) {
        return CliRegister::init(
            {dbPath, parser.value(organisationOption), parser.value(tenantOption),
                parser.value(operatorOption), parser.value(nameOption), parser.values(roleOption)},
            out, err);
    }
    if (command == "inspect-link"_L1 && parser.isSet(emlOption)) {
        if (positional.size() > 1)
            return fail(err,
                {ErrorKind::BadInput,
                    QCoreApplication::translate("Cli", "Give either a link or --eml FILE, not both.")});
        return inspectEmail(parser.value(emlOption), parser.isSet(jsonOption), out, err);
    }
    if (command == "inspect-link"_L1)
        return inspectLink(positional.mid(1), parser.isSet(jsonOption), out, err);

    static const QStringList registerCommands {u"info"_s, u"list"_s, u"verify-audit"_s, u"remove-roles"_s,
        u"history"_s, u"import"_s, u"operators"_s, u"operator"_s, u"upgrade"_s, u"todo"_s, u"receipt"_s,
        u"activity"_s, u"export"_s, u"verify-report"_s, u"review"_s};
    // These only read: they never migrate the register or change its journal mode.
    static const QStringList readOnlyCommands {u"info"_s, u"list"_s, u"verify-audit"_s, u"history"_s,
        u"operators"_s, u"receipt"_s, u"activity"_s, u"export"_s, u"verify-report"_s};
    if (!registerCommands.contains(command))
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "Unknown command %1. Try --help.").arg(command)});

    SystemClock clock;
    const bool explicitPath = parser.isSet(dbOption);
    const QString registerPath = explicitPath ? dbPath : RegisterSession::defaultPath();
    auto session
        = RegisterSession::open(registerPath, explicitPath, RegisterSession::WhenMissing::Refuse, clock,
            readOnlyCommands.contains(command) || (command == "todo"_L1 && positional.size() == 1)
                    || (command == "review"_L1 && positional.size() == 1)
                ? RegisterSession::Access::ReadOnly
                : RegisterSession::Access::ReadWrite);
    if (!session)
        return fail(err, session.error());
    if (Status s = session.value()->selectOperator(parser.value(asOption)); !s)
        return fail(err, s.error());

    if (command == "upgrade"_L1) {
        out << QCoreApplication::translate(
            "Cli", "The register %1 is at schema version %2, this version's own.")
                   .arg(QDir::toNativeSeparators(registerPath))
                   .arg(session.value()->database().schemaVersion())
            << Qt::endl;
        return Ok;
    }
    if (command == "info"_L1)
        return info(*session.value(), out, err);
    if (command == "list"_L1)
        return list(*session.value(), parser.value(formatOption).trimmed().toLower(), out, err);
    if (command == "import"_L1) {
        return CliRegister::import(*session.value(),
            {positional.mid(1), parser.value(partnerOption).trimmed(), parser.value(partnerNameOption),
                parser.isSet(dryRunOption), parser.isSet(yesOption)},
            in, out, err);
    }
    if (command == "activity"_L1) {
        return CliActivity::activity(*session.value(),
            {parser.value(partnerOption), parser.value(daysOption),
                parser.value(formatOption).trimmed().toLower()},
            out, err);
    }
    if (command == "export"_L1) {
        return CliReports::exportReport(*session.value(),
            {parser.value(formatOption), parser.value(outputOption),
                parser.value(reviewOption).trimmed().toLower(), parser.value(delimiterOption)},
            out, err);
    }
    if (command == "review"_L1) {
        return CliReview::run(*session.value(),
            {positional.mid(1), parser.isSet(titleOption) ? parser.value(titleOption) : QString(),
                parser.value(fromOption), parser.value(toOption), parser.value(noteOption),
                parser.value(methodOption).trimmed().toLower(),
                parser.value(formatOption).trimmed().toLower(), parser.isSet(yesOption)},
            out, err);
    }
    if (command == "verify-report"_L1) {
        if (positional.size() != 2) {
            return fail(err,
                {ErrorKind::BadInput,
                    QCoreApplication::translate("Cli", "verify-report needs one report file (JSON).")});
        }
        return CliReports::verifyReport(*session.value(), positional.at(1), out, err);
    }
    if (command == "operators"_L1)
        return CliRegister::listOperators(*session.value(), out, err);
    if (command == "operator"_L1) {
        if (positional.size() != 2)
            return fail(
                err, {ErrorKind::BadInput, QCoreApplication::translate("Cli", "operator needs one UPN.")});
        return CliRegister::saveOperator(*session.value(), positional.at(1), parser.value(nameOption),
            parser.values(roleOption), out, err);
    }
    if (command == "todo"_L1) {
        return CliTodos::run(*session.value(),
            {positional.mid(1), parser.isSet(allOption), parser.value(formatOption).trimmed().toLower(),
                parser.value(noteOption), parser.isSet(yesOption)},
            in, out, err);
    }
    if (command == "remove-roles"_L1)
        return removeRoles(*session.value(), positional.mid(1), parser.isSet(yesOption), in, out, err);
    if (command == "history"_L1) {
        bool limitOk = false;
        const int limit = parser.value(limitOption).toInt(&limitOk);
        if (!limitOk || limit < 0) {
            return fail(err,
                {ErrorKind::BadInput,
                    QCoreApplication::translate("Cli", "--limit needs a whole number of 0 or more.")});
        }
        return history(*session.value(), parser.value(partnerOption).trimmed(), limit,
            parser.value(formatOption).trimmed().toLower(), out, err);
    }
    if (command == "receipt"_L1)
        return printReceipt(*session.value(), out, err);
    return verifyAudit(*session.value(), parser.values(receiptOption), out, err);
}
