#pragma once
// RelationshipJson: the stable JSON shape of a relationship, used by exports and audit before/after.

#include <QJsonObject>

struct Relationship;

namespace RelationshipJson {
QJsonObject toJson(const Relationship &relationship);
// The part of a relationship that an action changes, for an audit event's before/after.
QJsonObject accessSnapshot(const Relationship &relationship);
// Every field a person or an import can set, flat, for the before/after of an edit or an import.
QJsonObject editSnapshot(const Relationship &relationship);
} // namespace RelationshipJson
