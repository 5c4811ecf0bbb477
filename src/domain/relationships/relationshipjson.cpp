#include "relationships/relationshipjson.h"

#include "relationships/relationship.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray typeKeys(const Relationship &r)
{
    QJsonArray keys;
    for (const PartnerType &type : r.types)
        keys.append(type.key());
    return keys;
}

QJsonArray roleIds(const Relationship &r)
{
    QJsonArray ids;
    for (const AdminRole &role : r.roles)
        ids.append(role.templateId());
    return ids;
}

} // namespace

QJsonObject RelationshipJson::toJson(const Relationship &r)
{
    QJsonObject partner {
        {u"tenantId"_s, r.partner.tenantId},
        {u"name"_s, r.partner.name},
        {u"partnerId"_s, r.partner.partnerId},
        {u"email"_s, r.partner.email},
        {u"phone"_s, r.partner.phone},
        {u"website"_s, r.partner.website},
    };
    QJsonArray roles;
    for (const AdminRole &role : r.roles) {
        roles.append(QJsonObject {{u"roleDefinitionId"_s, role.templateId()}, {u"name"_s, role.englishName()},
            {u"privileged"_s, role.isPrivileged()}});
    }
    QJsonObject agreement {{u"status"_s, r.agreement.isAccepted() ? u"accepted"_s : u"notAccepted"_s}};
    if (r.agreement.isAccepted()) {
        agreement.insert(u"acceptedByName"_s, r.agreement.acceptedByName);
        agreement.insert(u"acceptedByUpn"_s, r.agreement.acceptedByUpn);
        agreement.insert(u"acceptedDateTime"_s, isoOrNull(r.agreement.acceptedAtUtc));
        agreement.insert(u"agreementId"_s, r.agreement.agreementId);
        agreement.insert(u"version"_s, r.agreement.agreementVersion);
        agreement.insert(u"textSha256"_s, r.agreement.textSha256);
    }
    QJsonValue gdap;
    if (r.gdap.isPresent()) {
        gdap = QJsonObject {
            {u"id"_s, r.gdap.relationshipId},
            {u"displayName"_s, r.gdap.name},
            {u"status"_s, r.gdap.status},
            {u"duration"_s, u"P%1D"_s.arg(r.gdap.durationDays)},
            {u"activatedDateTime"_s, isoOrNull(r.gdap.startUtc)},
            {u"endDateTime"_s, isoOrNull(r.gdap.endUtc)},
            {u"autoExtendDuration"_s, r.gdap.autoExtend ? u"P180D"_s : u"PT0S"_s},
        };
    }
    QJsonObject json {
        {u"partner"_s, partner},
        {u"types"_s, typeKeys(r)},
        {u"roles"_s, roles},
        {u"agreement"_s, agreement},
        {u"gdap"_s, gdap},
        {u"state"_s, stateKey(r.state)},
        {u"partnerSince"_s, isoOrNull(r.partnerSinceUtc)},
        {u"lastReviewed"_s, isoOrNull(r.lastReviewedUtc)},
        {u"endRequested"_s, isoOrNull(r.endRequestedUtc)},
        {u"ended"_s, isoOrNull(r.endedUtc)},
    };
    if (!r.importedFields.isEmpty())
        json.insert(u"importedFields"_s, r.importedFields);
    return json;
}

QJsonObject RelationshipJson::accessSnapshot(const Relationship &r)
{
    QJsonObject snapshot {
        {u"types"_s, typeKeys(r)}, {u"roles"_s, roleIds(r)}, {u"state"_s, stateKey(r.state)}};
    if (r.gdap.isPresent())
        snapshot.insert(u"gdapStatus"_s, r.gdap.status);
    if (r.lastReviewedUtc.isValid())
        snapshot.insert(u"lastReviewed"_s, isoOrNull(r.lastReviewedUtc));
    if (r.endRequestedUtc.isValid()) {
        snapshot.insert(u"endRequested"_s, isoOrNull(r.endRequestedUtc));
        snapshot.insert(u"endRequestMethod"_s, r.endRequestMethod);
        snapshot.insert(u"endRequestNote"_s, r.endRequestNote);
    }
    if (r.endedUtc.isValid())
        snapshot.insert(u"ended"_s, isoOrNull(r.endedUtc));
    return snapshot;
}

QJsonObject RelationshipJson::editSnapshot(const Relationship &r)
{
    QJsonObject snapshot = accessSnapshot(r);
    snapshot.insert(u"name"_s, r.partner.name);
    snapshot.insert(u"tenantId"_s, r.partner.tenantId);
    auto textIfSet = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            snapshot.insert(key, value);
    };
    textIfSet(u"partnerId"_s, r.partner.partnerId);
    textIfSet(u"email"_s, r.partner.email);
    textIfSet(u"phone"_s, r.partner.phone);
    textIfSet(u"website"_s, r.partner.website);
    if (r.agreement.isAccepted())
        snapshot.insert(u"agreementAccepted"_s, isoOrNull(r.agreement.acceptedAtUtc));
    if (r.gdap.isPresent()) {
        textIfSet(u"gdapId"_s, r.gdap.relationshipId);
        snapshot.insert(u"gdapName"_s, r.gdap.name);
        snapshot.insert(u"gdapDuration"_s, u"P%1D"_s.arg(r.gdap.durationDays));
        if (r.gdap.startUtc.isValid())
            snapshot.insert(u"gdapStart"_s, isoOrNull(r.gdap.startUtc));
        if (r.gdap.endUtc.isValid())
            snapshot.insert(u"gdapEnd"_s, isoOrNull(r.gdap.endUtc));
        snapshot.insert(u"gdapAutoExtend"_s, r.gdap.autoExtend);
    }
    // One entry per kind of file, so a change shows only the part that changed.
    for (auto it = r.importedFields.constBegin(); it != r.importedFields.constEnd(); ++it)
        snapshot.insert(u"importedFields."_s + it.key(), it.value());
    return snapshot;
}
