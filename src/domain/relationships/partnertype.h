#pragma once
// PartnerType: the kind of relationship a partner has with the organisation (DOMAIN.md "Partner types").

#include <QList>
#include <QString>

class PartnerType
{
public:
    enum class Kind {
        Reseller,
        DelegatedAdministrator,
        ResellerAndDelegatedAdministrator,
        Partner,
        Advisor,
        MpsaPartner,
        LobPartner,
        GdapPartner,
        IndirectReseller,
        IndirectProvider,
        IndependentSoftwareVendor,
        Oem,
        Other, // a value seen in data that PartnerDesk does not know; its text is kept
    };

    PartnerType() = default;
    explicit PartnerType(Kind kind);

    // Accepts the stable keys of key() and common spellings from exports; anything else becomes
    // Other with the original text preserved.
    static PartnerType fromKey(const QString &key);
    static QList<PartnerType> knownTypes();

    Kind kind() const { return m_kind; }
    bool isKnown() const { return m_kind != Kind::Other; }
    QString key() const; // stable storage/export key; for Other the original text
    QString displayName() const; // translated, for people
    bool holdsDelegatedAdmin() const; // DAP: standing Global Administrator with no end date

    friend bool operator==(const PartnerType &, const PartnerType &) = default;

private:
    Kind m_kind = Kind::Reseller;
    QString m_otherText;
};
