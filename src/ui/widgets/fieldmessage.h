#pragma once
// FieldMessage: a form's problem line, shown right under the field it is about — in whichever
// layout holds that field, a form row or a box — with the keyboard focus moved there, and back in
// its own place (where the form put it) for a problem about no field in particular.

#include <QPointer>

class QLabel;
class QLayout;
class QString;
class QWidget;

class FieldMessage
{
public:
    explicit FieldMessage(QLabel *label); // the label's place now is its place for no field

    // field: the widget to fix, or nullptr; after: a widget that belongs under the field and stays
    // with it (a character counter), or nullptr.
    void show(const QString &text, QWidget *field, QWidget *after = nullptr);
    void hide();
    QWidget *field() const { return m_field; } // nullptr when hidden or about no field
    bool isShown() const;

private:
    void takeOut();

    QLabel *m_label;
    QPointer<QLayout> m_home;
    int m_homeIndex = -1;
    QPointer<QWidget> m_field;
};
