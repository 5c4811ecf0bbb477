#include "relationships/partnertype.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct TypeInfo
{
    PartnerType::Kind kind;
    QLatin1StringView key;
    const char *name;
};

constexpr std::array kTypes {
    TypeInfo {PartnerType::Kind::Reseller, "reseller"_L1, QT_TRANSLATE_NOOP("PartnerType", "Reseller")},
    TypeInfo {PartnerType::Kind::DelegatedAdministrator, "delegatedAdministrator"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Delegated administrator")},
    TypeInfo {PartnerType::Kind::ResellerAndDelegatedAdministrator, "resellerAndDelegatedAdministrator"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Reseller & delegated administrator")},
    TypeInfo {PartnerType::Kind::Partner, "partner"_L1, QT_TRANSLATE_NOOP("PartnerType", "Partner")},
    TypeInfo {PartnerType::Kind::Advisor, "advisor"_L1, QT_TRANSLATE_NOOP("PartnerType", "Advisor")},
    TypeInfo {
        PartnerType::Kind::MpsaPartner, "mpsaPartner"_L1, QT_TRANSLATE_NOOP("PartnerType", "MPSA partner")},
    TypeInfo {PartnerType::Kind::LobPartner, "lobPartner"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Line-of-business (LOB) partner")},
    TypeInfo {PartnerType::Kind::GdapPartner, "gdapPartner"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Partner with GDAP access")},
    TypeInfo {PartnerType::Kind::IndirectReseller, "indirectReseller"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Indirect reseller")},
    TypeInfo {PartnerType::Kind::IndirectProvider, "indirectProvider"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Indirect provider")},
    TypeInfo {PartnerType::Kind::IndependentSoftwareVendor, "independentSoftwareVendor"_L1,
        QT_TRANSLATE_NOOP("PartnerType", "Independent software vendor")},
    TypeInfo {PartnerType::Kind::Oem, "oem"_L1, QT_TRANSLATE_NOOP("PartnerType", "OEM")},
};

const TypeInfo *infoFor(PartnerType::Kind kind)
{
    for (const auto &info : kTypes) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

// Spellings seen in exports of the admin center and in partner tooling, compared without case,
// spaces, dashes or ampersands.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

PartnerType::PartnerType(Kind kind)
    : m_kind(kind)
{ }

PartnerType PartnerType::fromKey(const QString &key)
{
    const QString wanted = normalised(key);
    for (const auto &info : kTypes) {
        if (normalised(info.key) == wanted || normalised(QString::fromLatin1(info.name)) == wanted)
            return PartnerType(info.kind);
    }
    static const std::array<std::pair<QLatin1StringView, Kind>, 7> aliases {{
        {"reselleranddelegatedadmin"_L1, Kind::ResellerAndDelegatedAdministrator},
        {"resellerdelegatedadministrator"_L1, Kind::ResellerAndDelegatedAdministrator},
        {"delegatedadmin"_L1, Kind::DelegatedAdministrator},
        {"mpsa"_L1, Kind::MpsaPartner},
        {"lob"_L1, Kind::LobPartner},
        {"gdap"_L1, Kind::GdapPartner},
        {"isv"_L1, Kind::IndependentSoftwareVendor},
    }};
    for (const auto &[alias, kind] : aliases) {
        if (alias == wanted)
            return PartnerType(kind);
    }
    PartnerType other(Kind::Other);
    other.m_otherText = key.trimmed();
    return other;
}

QList<PartnerType> PartnerType::knownTypes()
{
    QList<PartnerType> all;
    all.reserve(int(kTypes.size()));
    for (const auto &info : kTypes)
        all.append(PartnerType(info.kind));
    return all;
}

QString PartnerType::key() const
{
    if (const TypeInfo *info = infoFor(m_kind))
        return QString(info->key);
    return m_otherText;
}

QString PartnerType::displayName() const
{
    if (const TypeInfo *info = infoFor(m_kind))
        return QCoreApplication::translate("PartnerType", info->name);
    return m_otherText;
}

bool PartnerType::holdsDelegatedAdmin() const
{
    return m_kind == Kind::DelegatedAdministrator || m_kind == Kind::ResellerAndDelegatedAdministrator;
}
