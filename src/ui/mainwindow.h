#pragma once
// MainWindow: the thin shell — organisation, acting operator, the partner list, menus and status bar.

#include "operator.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class PartnerTableModel;
class QActionGroup;
class RegisterRepository;
namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(RegisterRepository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setOperators(const QList<Operator> &operators, const QString &currentUpn);
    Operator currentOperator() const;
    void setCurrentLanguage(const QString &language); // checks the matching Language menu entry
    // Re-reads the register; on failure the status bar says why.
    bool reload();

Q_SIGNALS:
    void languageRequested(const QString &language);
    void operatorChanged(const Operator &op);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOperatorDetails();
    void updateStatus();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegisterRepository &m_repository;
    PartnerTableModel *m_model;
    QActionGroup *m_languageGroup;
    QList<Operator> m_operators;
    QString m_organisationName;
    QString m_loadError;
};
