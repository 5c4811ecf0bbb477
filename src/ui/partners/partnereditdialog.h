#pragma once
// PartnerEditDialog: add a partner by hand, or change one — every field of the partner and its
// relationship (Designer form forms/partnereditdialog.ui). Save checks each field with the domain's
// rules and puts the focus on the one to fix; nothing is stored until it passes.

#include "common/operator.h"
#include "relationships/relationship.h"

#include <QDialog>

#include <memory>
#include <optional>

class Clock;
class FieldMessage;
class RegisterRepository;
namespace Ui {
class PartnerEditDialog;
}

class PartnerEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // existing: the relationship to change; nullopt to add a new partner.
    PartnerEditDialog(RegisterRepository &repository, const Clock &clock, const Operator &actor,
        const std::optional<Relationship> &existing, QWidget *parent = nullptr);
    ~PartnerEditDialog() override;

    std::optional<Relationship> saved() const { return m_saved; }
    Relationship edited() const; // the relationship as the fields describe it
    QWidget *fieldWidget(const QString &field) const; // one of RelationshipFields

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    void updateAgreementFields();
    void updateGdapEnd();
    void showProblem(const QString &field, const QString &reason); // under the field, focus there
    void recheck();
    void save();

    std::unique_ptr<Ui::PartnerEditDialog> m_ui;
    RegisterRepository &m_repository;
    const Clock &m_clock;
    Operator m_actor;
    Relationship m_original; // id 0 when adding
    std::optional<Relationship> m_saved;
    std::unique_ptr<FieldMessage> m_problem;
    QString m_problemField;
};
