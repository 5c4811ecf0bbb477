#pragma once
// PartnerPage: Settings > Partner relationships — the filterable, sortable partner table with the
// details pane beside it, the empty state, and the row actions.

#include "common/operator.h"
#include "overview/registeroverview.h"
#include "relationships/relationship.h"
#include "shell/uicontext.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class InvitationService;
class PartnerListLoader;
class PartnerTableModel;
class QTableView;
class RelationshipService;
class QLabel;
class QPushButton;

namespace Ui {
class PartnerPage;
}

class PartnerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerPage(UiContext context, QWidget *parent = nullptr);
    ~PartnerPage() override;

    void setOperator(const Operator &op);
    void reload(); // reads the register again, off the GUI thread
    bool isLoading() const;
    PartnerTableModel *model() const { return m_model; }
    QTableView *table() const;
    QString statusText() const { return m_status; }

    void removeRolesOfSelection();
    void markSelectionReviewed();
    void requestEndOfSelection();
    void markSelectionEnded();
    void acceptAgreementOfSelection();
    void editSelection(); // the partner edit form for the selected partner
    void addPartner(); // the same form, empty
    // Selects the partner with this tenant ID, clearing filters that hide it; waits for a running load.
    void selectPartner(const QString &tenantId);
    // Shows only the partners an overview bar counts (the other filters cleared), with a bar above the
    // list that says so and a "Show all partners" button; clearSlice() shows everyone again.
    void showSlice(const OverviewSlice &slice, const QString &title);
    void clearSlice();
    const OverviewSlice &slice() const { return m_slice; }

Q_SIGNALS:
    void statusChanged(const QString &text);
    void addInvitationRequested();
    void findPartnerRequested();
    void importRequested();
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fillTypeCombo();
    void fitColumnsToHeaders();
    void onSelectionChanged();
    void onRelationshipsChanged(const QList<qint64> &ids);
    void showContextMenu(const QPoint &position);
    void updateStatus();
    void showError(const QString &message);
    void refreshMpsaSharing();
    void refreshUnknownProviders(); // service providers that sign in but are not in the register
    std::optional<Relationship> selectedRelationship() const;
    QList<qint64> selectedIds() const;
    void restoreSelection(const QList<qint64> &ids, qint64 current);

    std::unique_ptr<Ui::PartnerPage> m_ui;
    UiContext m_context;
    std::unique_ptr<RelationshipService> m_service;
    std::unique_ptr<InvitationService> m_invitationService;
    PartnerTableModel *m_model;
    PartnerListLoader *m_loader;
    Operator m_operator;
    QString m_status;
    QString m_loadError;
    QSet<qint64> m_changedWhileLoading;
    QString m_selectWhenLoaded; // tenant ID
    QLabel *m_unknownProviders = nullptr;
    int m_selectedCount = 0;
    OverviewSlice m_slice;
    QString m_sliceTitle;
    QDateTime m_sliceNowUtc;
    QWidget *m_sliceBar = nullptr;
    QLabel *m_sliceLabel = nullptr;
    QPushButton *m_sliceClear = nullptr;
    QStringList m_unknownProviderNames; // "name (tenant ID)", from the imported sign-in logs
};
