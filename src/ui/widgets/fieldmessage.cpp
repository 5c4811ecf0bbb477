#include "widgets/fieldmessage.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
// The layout, at any depth below root, that holds widget directly.
QLayout *holder(QLayout *root, QWidget *widget)
{
    if (!root)
        return nullptr;
    if (root->indexOf(widget) >= 0)
        return root;
    for (int i = 0; i < root->count(); ++i) {
        if (QLayout *found = holder(root->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

QLayout *holderOf(QWidget *widget)
{
    return widget && widget->parentWidget() ? holder(widget->parentWidget()->layout(), widget) : nullptr;
}
} // namespace

FieldMessage::FieldMessage(QLabel *label)
    : m_label(label)
    , m_home(holderOf(label))
{
    if (m_home)
        m_homeIndex = m_home->indexOf(label);
}

bool FieldMessage::isShown() const
{
    return !m_label->isHidden();
}

void FieldMessage::takeOut()
{
    QLayout *layout = holderOf(m_label);
    if (!layout)
        return;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(m_label, &row, &role);
        if (row >= 0) {
            const QFormLayout::TakeRowResult taken = form->takeRow(row);
            delete taken.labelItem; // the layout items only: the widgets stay
            delete taken.fieldItem;
            return;
        }
    }
    layout->removeWidget(m_label);
}

void FieldMessage::show(const QString &text, QWidget *field, QWidget *after)
{
    takeOut();
    m_field = field;
    QWidget *anchor = after ? after : field;
    QLayout *target = holderOf(anchor);
    bool placed = false;
    if (auto *form = qobject_cast<QFormLayout *>(target)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(anchor, &row, &role);
        if (row >= 0) {
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), m_label);
            placed = true;
        }
    } else if (auto *box = qobject_cast<QBoxLayout *>(target)) {
        box->insertWidget(box->indexOf(anchor) + 1, m_label);
        placed = true;
    }
    if (!placed) {
        if (auto *box = qobject_cast<QBoxLayout *>(m_home.data()))
            box->insertWidget(std::min(m_homeIndex, box->count()), m_label);
        else if (auto *form = qobject_cast<QFormLayout *>(m_home.data()))
            form->addRow(m_label);
    }
    m_label->setText(text);
    m_label->show();
    if (QLayout *top = m_label->window()->layout())
        top->activate(); // in place now, not after the next event: focus and screen readers see it there
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void FieldMessage::hide()
{
    m_field = nullptr;
    m_label->clear();
    m_label->hide();
}
