#include "common/csv.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

QString Csv::cell(const QString &text)
{
    QString value = text;
    // A spreadsheet reads a cell that starts with one of these as a formula (the full-width forms too,
    // which some spreadsheets fold to ASCII), or drops what a leading line break or NUL hides.
    static constexpr char16_t formulaStarts[]
        = {u'=', u'+', u'-', u'@', u'\t', u'\r', u'\n', u'\0', u'\uFF1D', u'\uFF0B', u'\uFF0D', u'\uFF20'};
    // Looked for after leading spaces too: a spreadsheet that trims them would see the formula.
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == u' ')
        ++first;
    if (first < value.size()
        && std::find(std::begin(formulaStarts), std::end(formulaStarts), value.at(first).unicode())
            != std::end(formulaStarts))
        value.prepend(u'\'');
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

QString Csv::row(const QStringList &cells)
{
    return row(cells, u',');
}

QString Csv::row(const QStringList &cells, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.append(cell(c));
    return quoted.join(delimiter) + u"\r\n"_s;
}
