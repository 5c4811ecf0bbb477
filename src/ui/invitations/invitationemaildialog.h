#pragma once
// InvitationEmailDialog: reads a saved email (or pasted text) off the GUI thread, with a busy indicator
// and Cancel, then lists the invitation links found (at most InvitationEmail::kMaxOffered) for the
// admin to pick. Nothing is recorded here: the page records the links picked.

#include "invitations/invitationemail.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

class InvitationEmailDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { NothingFound = 2 }; // besides Accepted (links picked) and Rejected (cancelled)

    // source: what is read, as the admin knows it (a file name); load runs on the reading thread.
    InvitationEmailDialog(const QString &source, std::function<QByteArray()> load, QWidget *parent = nullptr);
    ~InvitationEmailDialog() override;

    // Starts reading; exec() afterwards shows the dialog until the admin picks or cancels.
    void start();
    const InvitationEmail::Found &found() const { return m_found; }
    QList<InvitationLink> picked() const;

private:
    void showFound(const InvitationEmail::Found &found);
    void cancel();
    void updateRecordButton();

    QString m_source;
    std::function<QByteArray()> m_load;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread *m_thread = nullptr;
    InvitationEmail::Found m_found;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
    QPushButton *m_recordButton;
    QPushButton *m_cancelButton;
};
