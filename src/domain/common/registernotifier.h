#pragma once
// RegisterNotifier: tells every open view which relationships a committed change touched, so lists and
// panes refresh those rows only, without losing selection or scroll position.

#include <QList>
#include <QObject>

class RegisterNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void relationshipsChanged(const QList<qint64> &relationshipIds);
    void settingsChanged();
    void invitationsChanged();
    void historyChanged(); // new audit events were written
    void directoryChanged(); // the partner directory catalogue was replaced
    void outboxChanged(); // a contact request was queued or its delivery recorded
    void operatorsChanged(); // an operator was added or changed
    void todosChanged(); // a to-do was created, done, confirmed or withdrawn
    void activityChanged(); // sign-in or audit log evidence was imported
    void reviewsChanged(); // an access review was started, decided or signed off
};
