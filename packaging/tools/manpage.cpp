// partnerdesk-manpage: writes a program's manual page (roff) from its own --help, at build time, so
// the man page cannot drift from the options the program really has.
//
//   partnerdesk-manpage PROGRAM NAME VERSION DATE SEE-ALSO OUTPUT

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Plain text for roff: backslashes written as \e, and no line may start a request.
QString escaped(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(u"\\&"_s);
    return text;
}

// An option or command name: its hyphens are minus signs.
QString term(const QString &text)
{
    return escaped(text).replace(u'-', u"\\-"_s);
}

QString sectionName(const QString &heading)
{
    const QString name = heading.chopped(1).trimmed().toUpper();
    return name == u"ARGUMENTS"_s ? u"ARGUMENTS"_s : name;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 7) {
        err << "usage: partnerdesk-manpage PROGRAM NAME VERSION DATE SEE-ALSO OUTPUT\n";
        return 2;
    }
    const QString program = args.at(1), name = args.at(2), version = args.at(3), date = args.at(4);
    const QString seeAlso = args.at(5), output = args.at(6);

    QProcess help;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    help.setProcessEnvironment(env);
    help.start(program, {u"--lang"_s, u"en"_s, u"--help"_s});
    if (!help.waitForFinished(60000) || help.exitStatus() != QProcess::NormalExit || help.exitCode() != 0) {
        err << "partnerdesk-manpage: " << program << " --help failed\n";
        return 1;
    }
    const QStringList lines = QString::fromUtf8(help.readAllStandardOutput()).split(u'\n');
    if (lines.size() < 3 || !lines.first().startsWith(u"Usage: "_s)) {
        err << "partnerdesk-manpage: no usage line in " << program << " --help\n";
        return 1;
    }

    QString page;
    QTextStream out(&page);
    out << ".TH " << name.toUpper().replace(u'-', u"\\-"_s) << " 1 \"" << date << "\" \"PartnerDesk " << version
        << "\" \"PartnerDesk\"\n";

    // "Usage: /path/to/program [options] …": the synopsis, with the program's own name.
    const QString usage = lines.first().mid(7);
    const QString synopsis = usage.mid(usage.indexOf(u' ') + 1);
    qsizetype i = 1;
    QStringList description;
    for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        description << lines.at(i).trimmed();
    const QString summary = description.isEmpty() ? QString() : description.first();
    QString what = summary.section(u": "_s, -1).trimmed();
    if (what.endsWith(u'.'))
        what.chop(1);
    out << ".SH NAME\n" << term(name) << " \\- " << escaped(what) << '\n';
    out << ".SH SYNOPSIS\n.B " << term(name) << '\n' << term(synopsis) << '\n';
    out << ".SH DESCRIPTION\n";
    for (const QString &line : std::as_const(description))
        out << escaped(line) << '\n';

    static const QRegularExpression entry(u"^  (\\S.*?)(?:\\s{2,}(\\S.*))?$"_s);
    bool inList = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(u' ')) {
            if (line.endsWith(u':')) {
                out << ".SH " << escaped(sectionName(line)) << '\n';
                inList = true;
            } else if (line.startsWith(u"Exit codes:"_s)) {
                out << ".SH \"EXIT STATUS\"\n" << escaped(line.mid(11).trimmed()) << '\n';
                inList = false;
            } else {
                out << ".PP\n" << escaped(line) << '\n';
                inList = false;
            }
            continue;
        }
        const QRegularExpressionMatch m = entry.match(line);
        if (inList && m.hasMatch() && !line.startsWith(u"   "_s)) {
            out << ".TP\n.B " << term(m.captured(1)) << '\n';
            if (!m.captured(2).isEmpty())
                out << escaped(m.captured(2)) << '\n';
        } else {
            out << escaped(line.trimmed()) << '\n';
        }
    }
    out << ".SH \"SEE ALSO\"\n.BR " << term(seeAlso) << " (1)\n";
    out.flush();

    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(page.toUtf8()) < 0) {
        err << "partnerdesk-manpage: cannot write " << output << '\n';
        return 1;
    }
    return 0;
}
