#include "activity/signinchart.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

QString weekText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QLocale::ShortFormat);
}

} // namespace

SignInChart::SignInChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SignInChart::setWeeks(const QList<std::pair<qint64, int>> &weeks)
{
    m_weeks = weeks;
    setAccessibleName(tr("Sign-ins per week"));
    setAccessibleDescription(describe());
    update();
}

QString SignInChart::describe() const
{
    if (m_weeks.isEmpty())
        return tr("No weeks in the imported period.");
    const auto most = std::max_element(
        m_weeks.cbegin(), m_weeks.cend(), [](const auto &l, const auto &r) { return l.second < r.second; });
    int total = 0;
    int quiet = 0;
    for (const auto &[week, count] : m_weeks) {
        total += count;
        quiet += count == 0 ? 1 : 0;
    }
    return tr(
        "Sign-ins per week from %2, %1 weeks: %n in all; most in the week of %3 (%4); weeks without any: %5.",
        nullptr, total)
        .arg(m_weeks.size())
        .arg(weekText(m_weeks.first().first), weekText(most->first))
        .arg(most->second)
        .arg(quiet);
}

QSize SignInChart::sizeHint() const
{
    return {320, fontMetrics().height() * 5};
}

QSize SignInChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 4};
}

QRect SignInChart::plotRect() const
{
    const int text = fontMetrics().height();
    return rect().adjusted(2, text + 2, -2, -(text + 4));
}

int SignInChart::barAt(const QPoint &position) const
{
    const QRect plot = plotRect();
    if (m_weeks.isEmpty() || !plot.contains(position.x(), plot.center().y()))
        return -1;
    const int index = int(qint64(position.x() - plot.left()) * m_weeks.size() / std::max(1, plot.width()));
    return std::clamp(index, 0, int(m_weeks.size()) - 1);
}

bool SignInChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(),
                tr("Week of %1: %n sign-in(s)", nullptr, m_weeks.at(bar).second)
                    .arg(weekText(m_weeks.at(bar).first)),
                this);
        }
        return true;
    }
    return QWidget::event(event);
}

void SignInChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect plot = plotRect();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_weeks.isEmpty())
        return;
    int most = 0;
    for (const auto &[week, count] : m_weeks)
        most = std::max(most, count);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        rect().adjusted(2, 0, -2, 0), Qt::AlignLeft | Qt::AlignTop, tr("At most %n a week", nullptr, most));
    const double slot = double(plot.width()) / double(m_weeks.size());
    const QColor bar = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        const int count = m_weeks.at(i).second;
        if (count == 0 || most == 0)
            continue;
        const int height = std::max(1, int(double(plot.height()) * count / most));
        const int left = plot.left() + int(slot * double(i)) + 1;
        const int width = std::max(1, int(slot) - 2);
        painter.fillRect(QRect(left, plot.bottom() - height + 1, width, height), bar);
    }
    painter.setPen(pal.color(QPalette::WindowText));
    const QRect labels(plot.left(), plot.bottom() + 3, plot.width(), fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, weekText(m_weeks.first().first));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, weekText(m_weeks.last().first));
}
