#include "widgets/highlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

QColor HighlightDelegate::markColour()
{
    return QColor(0xff, 0xe0, 0x66); // a marker-pen yellow, dark text stays readable on it
}

void HighlightDelegate::setTerms(const QString &search)
{
    m_terms.clear();
    for (const QString &word : search.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts)) {
        if (word.size() >= 2 && !m_terms.contains(word, Qt::CaseInsensitive))
            m_terms.append(word);
    }
}

QList<std::pair<int, int>> HighlightDelegate::matches(const QString &text) const
{
    QList<std::pair<int, int>> found;
    for (const QString &term : m_terms) {
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            found.append({int(at), int(term.size())});
    }
    std::sort(found.begin(), found.end());
    // Overlapping marks ("ad" and "adatum") become one.
    QList<std::pair<int, int>> merged;
    for (const auto &[start, length] : std::as_const(found)) {
        if (!merged.isEmpty() && start <= merged.last().first + merged.last().second) {
            const int end = std::max(merged.last().first + merged.last().second, start + length);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append({start, length});
        }
    }
    return merged;
}

void HighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    // What fits is what is marked: the marks follow the text as it is shown, cut short or not.
    const QString shown
        = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, textRect.width() - 2 * margin);
    const QList<std::pair<int, int>> marks = matches(shown);
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear(); // the style draws background, selection, check box and focus; the text is ours
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextCharFormat mark;
    mark.setBackground(markColour());
    mark.setForeground(QColor(0x1a, 0x1a, 0x1a));
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : marks)
        formats.append({start, length, mark});
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left() + margin, top));
    painter->restore();
}
