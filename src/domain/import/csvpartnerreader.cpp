#include "import/csvpartnerreader.h"

#include "common/tenantid.h"
#include "import/importvalues.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

enum class Column { Ignored, Name, TenantId, Types, Roles, RoleIds, PartnerId, Email, Phone, Website, Agreement };

QString normalisedHeader(const QString &header)
{
    QString out;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

Column columnFor(const QString &header)
{
    // Header names as PartnerDesk, the admin center and people write them, in English and Dutch.
    static const QHash<QString, Column> names {
        {u"partnername"_s, Column::Name}, {u"name"_s, Column::Name}, {u"partner"_s, Column::Name},
        {u"naam"_s, Column::Name}, {u"partnernaam"_s, Column::Name}, {u"naampartner"_s, Column::Name},
        {u"tenantid"_s, Column::TenantId}, {u"partnertenantid"_s, Column::TenantId},
        {u"tenantidvandepartner"_s, Column::TenantId}, {u"tenantidpartner"_s, Column::TenantId},
        {u"tenantidvanpartner"_s, Column::TenantId},
        {u"relationshiptype"_s, Column::Types}, {u"relationshiptypes"_s, Column::Types},
        {u"type"_s, Column::Types}, {u"types"_s, Column::Types}, {u"partnertype"_s, Column::Types},
        {u"relatietype"_s, Column::Types}, {u"relatietypen"_s, Column::Types}, {u"soortrelatie"_s, Column::Types},
        {u"roles"_s, Column::Roles}, {u"adminroles"_s, Column::Roles}, {u"rollen"_s, Column::Roles},
        {u"beheerdersrollen"_s, Column::Roles}, {u"beheerrollen"_s, Column::Roles},
        {u"roletemplateids"_s, Column::RoleIds}, {u"roltemplateids"_s, Column::RoleIds},
        {u"sjabloonidsvanrollen"_s, Column::RoleIds}, {u"rolsjabloonids"_s, Column::RoleIds},
        {u"partnerid"_s, Column::PartnerId}, {u"mpnid"_s, Column::PartnerId},
        {u"email"_s, Column::Email}, {u"emailaddress"_s, Column::Email}, {u"emailadres"_s, Column::Email},
        {u"phone"_s, Column::Phone}, {u"telephone"_s, Column::Phone}, {u"telefoon"_s, Column::Phone},
        {u"telefoonnummer"_s, Column::Phone}, {u"website"_s, Column::Website}, {u"url"_s, Column::Website},
        {u"agreementacceptedon"_s, Column::Agreement}, {u"agreementaccepted"_s, Column::Agreement},
        {u"agreement"_s, Column::Agreement}, {u"overeenkomstgeaccepteerdop"_s, Column::Agreement},
        {u"overeenkomstgeaccepteerd"_s, Column::Agreement}, {u"overeenkomst"_s, Column::Agreement},
    };
    return names.value(normalisedHeader(header), Column::Ignored);
}

QChar delimiterOf(QStringView headerLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

struct Row
{
    int line = 0;
    QStringList cells;
};

// RFC 4180: quoted cells may hold delimiters, quotes ("") and line breaks.
QList<Row> parseRows(const QString &text, QChar delimiter, QString &error)
{
    QList<Row> rows;
    Row row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    row.line = 1;
    const qsizetype n = text.size();
    auto endCell = [&]() {
        if (row.cells.size() >= CsvPartnerReader::kMaxColumns) {
            error = QCoreApplication::translate("CsvPartnerReader", "Line %1 has more than %2 columns.").arg(row.line).arg(CsvPartnerReader::kMaxColumns);
            return;
        }
        row.cells.append(cellWasQuoted ? cell : cell.trimmed());
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&]() {
        endCell();
        const bool blank = row.cells.size() == 1 && row.cells.constFirst().isEmpty();
        if (!blank)
            rows.append(row);
        if (rows.size() > ImportLimits::kMaxRecords + 1)
            error = QCoreApplication::translate("CsvPartnerReader", "The file holds more than %1 records; split it.")
                        .arg(ImportLimits::kMaxRecords);
        row = Row {};
        row.line = line;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == delimiter) {
            endCell();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRow();
        } else {
            cell.append(c);
        }
        if (cell.size() > ImportValues::kMaxFieldLength) {
            error = QCoreApplication::translate("CsvPartnerReader", "Line %1 has a cell longer than %2 characters.").arg(row.line).arg(ImportValues::kMaxFieldLength);
            return {};
        }
        if (!error.isEmpty())
            return {};
    }
    if (quoted) {
        error = QCoreApplication::translate("CsvPartnerReader", "A quoted cell that starts on line %1 is never closed.").arg(row.line);
        return {};
    }
    endRow();
    if (!error.isEmpty())
        return {};
    return rows;
}

} // namespace

ImportRead CsvPartnerReader::read(const QByteArray &content, const ImportContext &context)
{
    ImportRead result;
    QString encoding;
    QString decodeError;
    const QString text = ImportValues::decodeText(content, &encoding, &decodeError);
    if (!decodeError.isEmpty()) {
        result.rejected.append({0, {}, decodeError});
        return result;
    }
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QChar delimiter = delimiterOf(QStringView(text).first(firstBreak < 0 ? text.size() : firstBreak));
    QString error;
    const QList<Row> rows = parseRows(text, delimiter, error);
    if (!error.isEmpty()) {
        result.rejected.append({0, {}, error});
        return result;
    }
    if (rows.isEmpty()) {
        result.rejected.append({0, {}, QCoreApplication::translate("CsvPartnerReader", "The file is empty.")});
        return result;
    }

    const QStringList &header = rows.constFirst().cells;
    QList<Column> columns;
    QHash<Column, int> columnIndex;
    QStringList ignored;
    for (int i = 0; i < header.size(); ++i) {
        const Column column = columnFor(header.at(i));
        if (column != Column::Ignored && columnIndex.contains(column)) {
            result.rejected.append({0, header.at(i), QCoreApplication::translate("CsvPartnerReader", "The column %1 appears twice.").arg(header.at(i))});
            return result;
        }
        columns.append(column);
        if (column == Column::Ignored)
            ignored.append(header.at(i).isEmpty() ? QCoreApplication::translate("CsvPartnerReader", "(no name)") : header.at(i));
        else
            columnIndex.insert(column, i);
    }
    if (!columnIndex.contains(Column::TenantId)) {
        result.rejected.append({0, {},
            QCoreApplication::translate("CsvPartnerReader", "The header row has no tenant ID column (\"Tenant ID\" or \"Partner tenant ID\").")});
        return result;
    }
    if (!ignored.isEmpty())
        result.notes.append(QCoreApplication::translate("CsvPartnerReader", "Columns ignored: %1.").arg(ignored.join(", "_L1)));
    if (encoding != "UTF-8"_L1)
        result.notes.append(QCoreApplication::translate("CsvPartnerReader", "Read as %1.").arg(encoding));

    bool notedAgreementWords = false;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (r % ImportLimits::kCancelCheckEvery == 0 && context.cancelled()) {
            result.cancelled = true;
            return result;
        }
        const Row &row = rows.at(r);
        auto cell = [&](Column column) -> QString {
            const int i = columnIndex.value(column, -1);
            return i >= 0 ? row.cells.value(i) : QString();
        };
        auto headerOf = [&](Column column) { return header.value(columnIndex.value(column, -1)); };
        auto reject = [&](Column column, const QString &reason) {
            result.rejected.append({row.line, headerOf(column), reason});
        };
        if (row.cells.size() != header.size()) {
            result.rejected.append({row.line, {}, QCoreApplication::translate("CsvPartnerReader", "This line has %1 cells where the header has %2.")
                                                      .arg(row.cells.size())
                                                      .arg(header.size())});
            continue;
        }
        ImportedRecord record;
        record.record = row.line;
        const QString tenant = cell(Column::TenantId);
        if (tenant.isEmpty()) {
            reject(Column::TenantId, QCoreApplication::translate("CsvPartnerReader", "The tenant ID is missing."));
            continue;
        }
        if (!TenantId::isValid(tenant)) {
            reject(Column::TenantId, QCoreApplication::translate("CsvPartnerReader", "\"%1\" is not a tenant ID (a GUID).").arg(tenant.left(60)));
            continue;
        }
        record.tenantId = tenant.toLower();
        record.name = cell(Column::Name);
        record.partnerId = cell(Column::PartnerId);
        record.email = cell(Column::Email);
        record.phone = cell(Column::Phone);
        record.website = cell(Column::Website);
        if (columnIndex.contains(Column::Types) && !cell(Column::Types).isEmpty())
            record.types = ImportValues::typesFromText(cell(Column::Types));
        // Template IDs win over names when a file has both (PartnerDesk's own export does).
        const Column rolesColumn = columnIndex.contains(Column::RoleIds) ? Column::RoleIds : Column::Roles;
        if (columnIndex.contains(rolesColumn)) {
            QString bad;
            const auto roles = ImportValues::rolesFromText(cell(rolesColumn), &bad);
            if (!roles) {
                reject(rolesColumn, QCoreApplication::translate("CsvPartnerReader", "\"%1\" is neither a known role name nor a role template ID (a GUID).")
                                        .arg(bad.left(60)));
                continue;
            }
            record.roles = *roles;
        }
        const QString agreement = cell(Column::Agreement);
        // PartnerDesk's own list writes the state as words; a state without a date records nothing.
        static const QStringList stateWords {u"accepted"_s, u"not accepted"_s, u"geaccepteerd"_s,
            u"niet geaccepteerd"_s, u"yes"_s, u"no"_s, u"ja"_s, u"nee"_s};
        if (stateWords.contains(agreement.toLower())) {
            if (!notedAgreementWords) {
                result.notes.append(QCoreApplication::translate("CsvPartnerReader", "Agreement states without a date (\"%1\") record nothing; give the date it was accepted on.")
                                        .arg(agreement));
                notedAgreementWords = true;
            }
        } else if (!agreement.isEmpty()) {
            const auto accepted = ImportValues::parseUtc(agreement, true);
            if (!accepted) {
                reject(Column::Agreement,
                    QCoreApplication::translate("CsvPartnerReader", "\"%1\" is not a date; write dates as 2026-11-24 or 24-11-2026.").arg(agreement.left(40)));
                continue;
            }
            record.agreementAcceptedUtc = *accepted;
        }
        result.records.append(record);
    }
    return result;
}
