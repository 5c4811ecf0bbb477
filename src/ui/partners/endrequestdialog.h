#pragma once
// EndRequestDialog: records that the partner was asked to end the relationship — when, how and a note.

#include "relationships/relationshipservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EndRequestDialog;
}

class EndRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    EndRequestDialog(const QString &partnerName, const QDate &today, QWidget *parent = nullptr);
    ~EndRequestDialog() override;
    RelationshipService::EndRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    std::unique_ptr<Ui::EndRequestDialog> m_ui;
    QString m_partnerName;
};
