#pragma once
// HighlightDelegate: a table cell with the words searched for marked, so people see why a row
// matched. Case-insensitive; a cell cut short is marked in what is shown. The text itself stays
// plain text: the marks are formats on the text, never markup.

#include <QStyledItemDelegate>

class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor markColour();
    void setTerms(const QString &search); // the search box's text; words of 2 or more characters
    QStringList terms() const { return m_terms; }
    // Where the terms occur in text, as (start, length), sorted and not overlapping.
    QList<std::pair<int, int>> matches(const QString &text) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};
