// bench_invitationemail: a crafted email (12 nested multiparts around one big text part of short lines,
// CRLF, the invitation link at the very end) read by InvitationEmail::read, against a bare baseline that
// reads the same file and counts "https://" in it. Each side runs in a fresh child process, so its peak
// memory (VmHWM) is its own. Prints "name value unit" lines.
//
//   bench_invitationemail [--mb 32] [--levels 12]

#include "invitations/invitationemail.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

const QByteArray kLink
    = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
      "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=0&DAP=false#/partners/invitation";

QByteArray craftedEmail(qsizetype bytes, int levels)
{
    QByteArray leaf = "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    leaf.reserve(bytes + 4096);
    for (int i = 0; leaf.size() < bytes - 2048; ++i)
        leaf += "Line " + QByteArray::number(i) + " of a very long message.\r\n";
    leaf += "Accept here: " + kLink + "\r\n";
    QByteArray body = leaf;
    for (int level = levels; level >= 1; --level) {
        const QByteArray b = "boundary-" + QByteArray::number(level);
        body = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b
            + "\r\nContent-Type: text/plain\r\n\r\nPart of level " + QByteArray::number(level) + ".\r\n--" + b
            + "\r\n" + body + "\r\n--" + b + "--\r\n";
    }
    return "From: partner@contoso.example\r\nSubject: Invitation\r\nMIME-Version: 1.0\r\n" + body;
}

// The child: reads the file one way and prints "found seconds peak_kib".
int child(const QString &mode, const QString &path)
{
    const qint64 before = statusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QByteArray bytes = file.readAll();
    qsizetype found = 0;
    if (mode == "email"_L1) {
        found = InvitationEmail::read(std::move(bytes)).invitationCount;
    } else {
        for (qsizetype at = 0; (at = QByteArrayView(bytes).indexOf("https://", at)) >= 0; at += 8)
            ++found;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%lld %.6f %lld\n", static_cast<long long>(found), seconds,
        static_cast<long long>(statusKb("VmHWM:") - before));
    return 0;
}

struct Run
{
    qsizetype found = -1;
    double seconds = 0;
    double peakMib = 0;
};

Run runChild(const QString &mode, const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode, path});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return {};
    return {fields.at(0).toLongLong(), fields.at(1).toDouble(), fields.at(2).toDouble() / 1024.0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == "--child"_L1)
        return child(args.at(2), args.at(3));
    const qsizetype mb = args.contains(u"--mb"_s) ? args.value(args.indexOf(u"--mb"_s) + 1).toLongLong() : 32;
    const int levels
        = args.contains(u"--levels"_s) ? args.value(args.indexOf(u"--levels"_s) + 1).toInt() : 12;
    if (mb <= 0 || mb > 32 || levels < 0 || levels > 12) {
        std::fprintf(stderr, "usage: bench_invitationemail [--mb 1..32] [--levels 0..12]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crafted.eml"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(craftedEmail(mb * 1024 * 1024 - 64 * 1024, levels));
    }
    const double size = double(QFile(path).size());
    const Run email = runChild(u"email"_s, path);
    const Run bare = runChild(u"bare"_s, path);
    QTextStream out(stdout);
    out << "email_bytes " << qint64(size) << " bytes\n";
    out << "email_nesting_levels " << levels << " levels\n";
    out << "read_email_links_s " << email.seconds << " s\n";
    out << "read_email_links_peak_mib " << email.peakMib << " MiB\n";
    out << "read_email_links_peak_per_email_size " << email.peakMib * 1024 * 1024 / size << " x\n";
    out << "bare_read_file_and_count_https_s " << bare.seconds << " s\n";
    out << "bare_read_file_and_count_https_peak_mib " << bare.peakMib << " MiB\n";
    out << "ratio_read_email_to_bare_time " << (bare.seconds > 0 ? email.seconds / bare.seconds : 0)
        << " x\n";
    out << "invitations_found " << email.found << " links\n";
    out.flush();
    // Both sides must have read the same file and seen its one link.
    if (email.found != 1 || bare.found != 1) {
        std::fprintf(stderr,
            "bench_invitationemail: expected one link, the email reader found %lld and the bare "
            "scan %lld\n",
            static_cast<long long>(email.found), static_cast<long long>(bare.found));
        return 1;
    }
    return 0;
}
