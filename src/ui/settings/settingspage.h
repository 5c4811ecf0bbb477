#pragma once
// SettingsPage: register-wide decisions, such as whether MPSA partners may see each other's purchases,
// and who may act in the register (operators).

#include "common/operator.h"
#include "shell/uicontext.h"

#include <QWidget>

#include <memory>

class RelationshipService;
namespace Ui {
class SettingsPage;
}

class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(UiContext context, QWidget *parent = nullptr);
    ~SettingsPage() override;
    void setOperator(const Operator &op);
    // A second folder for the audit receipts, besides the data folder (QSettings "receiptFolder",
    // read by RegisterSession::receiptFolders); empty: none.
    static QString receiptFolder();
    void setReceiptFolder(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshOperators();
    void onToggled(bool enabled);
    void editOperator(bool adding);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    UiContext m_context;
    std::unique_ptr<RelationshipService> m_service;
    Operator m_operator;
};
