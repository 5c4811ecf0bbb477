#include "partners/removerolesdialog.h"

#include "relationships/relationship.h"
#include "widgets/admincenternotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

bool RemoveRolesDialog::confirm(QWidget *parent, const QList<Relationship> &relationships)
{
    QMessageBox box(parent);
    box.setObjectName(u"removeRolesDialog"_s);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("RemoveRolesDialog", "Remove roles?"));
    box.setTextFormat(Qt::RichText);
    QString list;
    const int shown = std::min<int>(int(relationships.size()), 10);
    for (int i = 0; i < shown; ++i) {
        const Relationship &r = relationships.at(i);
        list += u"<li><b>"_s + r.partner.name.toHtmlEscaped() + u"</b>: "_s + r.rolesDisplay().toHtmlEscaped()
            + u"</li>"_s;
    }
    if (relationships.size() > shown) {
        list += u"<li>"_s
            + QCoreApplication::translate(
                "RemoveRolesDialog", "and %n more partner(s)", nullptr, int(relationships.size() - shown))
                  .toHtmlEscaped()
            + u"</li>"_s;
    }
    box.setText(QCoreApplication::translate("RemoveRolesDialog", "Remove the admin roles of %n partner(s)?",
                    nullptr, int(relationships.size()))
                    .toHtmlEscaped()
        + u"<ul>"_s + list + u"</ul>"_s);
    box.setInformativeText(QCoreApplication::translate("RemoveRolesDialog",
        "The relationship stays: the partner can still work with you in another capacity, such as a "
        "Reseller, and can still make purchases. Only the partner can end the relationship.\n\n"
        "PartnerDesk records your decision; the roles must also be removed in the Microsoft 365 admin "
        "center. Until then the partner still holds them."));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setObjectName(u"yesButton"_s);
    box.button(QMessageBox::No)->setObjectName(u"noButton"_s);
    return box.exec() == QMessageBox::Yes;
}

void RemoveRolesDialog::showRecorded(QWidget *parent, int count)
{
    AdminCenterNotice::show(parent, u"rolesRemovedNotice"_s,
        QCoreApplication::translate("RemoveRolesDialog", "Removal of roles recorded"),
        QCoreApplication::translate("RemoveRolesDialog",
            "Your decision is recorded for %n partner(s). The partner still holds the roles until you "
            "remove them in the Microsoft 365 admin center; the step waits on the To do in Microsoft 365 "
            "page until you mark it done there.",
            nullptr, count));
}
