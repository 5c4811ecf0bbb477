#include "widgets/admincenternotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

QUrl AdminCenterNotice::partnersPage()
{
    return QUrl(u"https://admin.microsoft.com/AdminPortal/Home#/partners"_s);
}

void AdminCenterNotice::show(
    QWidget *parent, const QString &objectName, const QString &title, const QString &text, const QUrl &target)
{
    QMessageBox box(parent);
    box.setObjectName(objectName);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.setInformativeText(QCoreApplication::translate(
        "AdminCenterNotice", "PartnerDesk keeps your register; it does not change your tenant itself."));
    QPushButton *open
        = box.addButton(QCoreApplication::translate("AdminCenterNotice", "Open Microsoft 365 admin center"),
            QMessageBox::ActionRole);
    open->setObjectName(u"openAdminCenterButton"_s);
    box.addButton(QMessageBox::Close)->setObjectName(u"closeNotice"_s);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(target);
}
