#pragma once
// SignInGenerator: Entra sign-in logs as the admin center downloads them (Graph JSON or CSV), made up
// for the demo register, the tests and the benchmarks: mostly the organisation's own people, a share
// of partner (service provider) sign-ins, written as a stream however many records are asked for.

#include "common/result.h"

#include <QDateTime>
#include <QStringList>

class QIODevice;

namespace SignInGenerator {

struct Partner
{
    QString tenantId;
    QString name;
    QStringList people; // UPNs in the partner's own domain
    QStringList countries; // two letters; the first most often
    double weight = 1.0; // its share of the partner sign-ins
    double failureRate = 0.02;
    int quietDays = 0; // no sign-ins in the last N days of the period
    QString newCountry; // a country that appears only in the last newCountryDays
    int newCountryDays = 0;
};

enum class Format { GraphJson, GraphPage, EntraCsv };

struct Spec
{
    QString organisationTenantId;
    QDateTime endUtc; // the newest record; records go back `days` from here, newest first
    int days = 120;
    qint64 records = 10000;
    double partnerShare = 0.01;
    QList<Partner> partners;
    quint32 seed = 1;
    Format format = Format::GraphJson;
};

Status write(QIODevice &out, const Spec &spec);

// The demo register's partners as they would show in its tenant's sign-in log: most use their roles,
// Northwind Beheer (Global Administrator) has not signed in for four months, and one service provider
// signs in that the register does not know.
Spec demo(const QString &organisationTenantId, const QDateTime &endUtc);

} // namespace SignInGenerator
