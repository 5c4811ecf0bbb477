#include "widgets/searchfield.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
class EscapeClears final : public QObject
{
public:
    EscapeClears(QLineEdit *edit, QWidget *results)
        : QObject(edit)
        , m_results(results)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
            return false;
        auto *edit = static_cast<QLineEdit *>(watched);
        if (!edit->text().isEmpty()) {
            edit->clear();
            Q_EMIT edit->textEdited(QString()); // pages that filter as you type hear it
            return true;
        }
        if (m_results) {
            m_results->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        return false;
    }

private:
    QPointer<QWidget> m_results;
};
} // namespace

void SearchField::attach(QWidget *page, QLineEdit *edit, QWidget *results)
{
    edit->setClearButtonEnabled(true);
    edit->installEventFilter(new EscapeClears(edit, results));
    auto *find = new QAction(page);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // matched only while the page is visible
    QObject::connect(find, &QAction::triggered, edit, [edit] {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    page->addAction(find);
}
