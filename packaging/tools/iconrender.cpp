// partnerdesk-iconrender: renders the application's SVG icon to the hicolor PNG sizes at build time,
// so the PNGs are made from the one source and are never committed.
//
//   partnerdesk-iconrender ICON.svg OUTDIR NAME SIZE...   writes OUTDIR/SIZExSIZE/apps/NAME.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: partnerdesk-iconrender ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.takeFirst());
    const QString outDir = args.takeFirst();
    const QString name = args.takeFirst();
    if (!svg.isValid()) {
        err << "partnerdesk-iconrender: not a valid SVG\n";
        return 1;
    }
    for (const QString &sizeText : std::as_const(args)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "partnerdesk-iconrender: bad size " << sizeText << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        const QString folder = u"%1/%2x%2/apps"_s.arg(outDir).arg(size);
        const QString file = folder + u"/"_s + name + u".png"_s;
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            err << "partnerdesk-iconrender: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
