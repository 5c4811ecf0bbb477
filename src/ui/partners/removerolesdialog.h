#pragma once
// RemoveRolesDialog: the "Remove roles?" confirmation (No is the default, Escape means No) and the
// notice that the same step must also be taken in the Microsoft 365 admin center.

#include <QList>

class QWidget;
struct Relationship;

namespace RemoveRolesDialog {
bool confirm(QWidget *parent, const QList<Relationship> &relationships);
void showRecorded(QWidget *parent, int count);
} // namespace RemoveRolesDialog
