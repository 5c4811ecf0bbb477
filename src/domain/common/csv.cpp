#include "common/csv.h"

using namespace Qt::StringLiterals;

QString Csv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            value.prepend(u'\'');
    }
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

QString Csv::row(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.append(cell(c));
    return quoted.join(u',') + u"\r\n"_s;
}
