#pragma once
// AdminCenterNotice: after a decision is recorded, says plainly that the same step must also be taken
// in the Microsoft 365 admin center, with a button that opens it there.

#include <QUrl>

class QString;
class QWidget;

namespace AdminCenterNotice {
QUrl partnersPage(); // Settings > Partner relationships in the admin center
void show(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
    const QUrl &target = partnersPage());
} // namespace AdminCenterNotice
