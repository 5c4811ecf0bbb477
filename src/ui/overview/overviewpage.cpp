#include "overview/overviewpage.h"

#include "activity/activityrepository.h"
#include "common/clock.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "overview/overviewchartview.h"
#include "overview/overviewpainter.h"
#include "relationships/riskassessment.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OverviewPage::OverviewPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_error = new QLabel(content);
    m_error->setObjectName(u"overviewError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    // Headline counts: large, focusable buttons, in the order RegisterOverview gives them.
    auto *tiles = new QGridLayout;
    for (int i = 0; i < 7; ++i) {
        auto *tile = new QPushButton(content);
        tile->setObjectName(u"overviewTile%1"_s.arg(i));
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        QFont font = tile->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        tile->setFont(font);
        tile->setMinimumHeight(tile->fontMetrics().height() * 3 + 8);
        tiles->addWidget(tile, i / 4, i % 4);
        connect(tile, &QPushButton::clicked, this, [this, i] {
            if (i < m_overview.tiles.size())
                Q_EMIT sliceRequested(m_overview.tiles.at(i).slice, m_overview.tiles.at(i).slice.title());
        });
        m_tiles.append(tile);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    const QStringList names {
        u"riskChart"_s, u"privilegedChart"_s, u"gdapChart"_s, u"todoChart"_s, u"signInChart"_s};
    for (int i = 0; i < names.size(); ++i) {
        auto *view = new OverviewChartView(content);
        view->setObjectName(names.at(i));
        charts->addWidget(view, i / 2, i % 2);
        connect(view, &OverviewChartView::barActivated, this, [this](const OverviewBar &bar) {
            Q_EMIT sliceRequested(
                bar.slice, bar.slice.kind == OverviewSlice::Kind::Partner ? bar.label : bar.slice.title());
        });
        m_charts.append(view);
    }
    layout->addLayout(charts, 1);

    RegisterNotifier &notifier = m_context.repository.notifier();
    connect(&notifier, &RegisterNotifier::relationshipsChanged, this, &OverviewPage::markDirty);
    connect(&notifier, &RegisterNotifier::todosChanged, this, &OverviewPage::markDirty);
    connect(&notifier, &RegisterNotifier::activityChanged, this, &OverviewPage::markDirty);
    connect(&notifier, &RegisterNotifier::reviewsChanged, this, &OverviewPage::markDirty);
}

void OverviewPage::markDirty()
{
    m_dirty = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                reload();
        });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void OverviewPage::reload()
{
    m_dirty = false;
    auto summaries = m_context.repository.summaries();
    if (!summaries) {
        m_error->setText(summaries.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const QDateTime now = m_context.clock.nowUtc();
    m_summaries = std::move(summaries).value();
    for (PartnerSummary &s : m_summaries)
        s.riskFlags = RiskAssessment::assess(s, now);
    m_weekly.clear();
    if (m_context.activity) {
        ActivityQuery query;
        auto activity = m_context.activity->activity(query);
        if (activity) {
            QMap<qint64, int> weeks;
            for (const PartnerActivity &a : activity.value()) {
                if (!a.inRegister)
                    continue;
                for (const auto &[monday, count] : a.weekly)
                    weeks[monday] += count;
            }
            for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
                m_weekly.append({it.key(), it.value()});
        }
    }
    fill();
}

void OverviewPage::fill()
{
    m_overview = RegisterOverview::compute(m_summaries, m_context.clock.nowUtc(), m_weekly);
    const QLocale locale;
    for (int i = 0; i < m_tiles.size(); ++i) {
        QPushButton *tile = m_tiles.at(i);
        if (i >= m_overview.tiles.size()) {
            tile->hide();
            continue;
        }
        const OverviewBar &bar = m_overview.tiles.at(i);
        tile->setText(u"%1\n%2"_s.arg(locale.toString(bar.count), bar.label));
        tile->setToolTip(tr("Show these %n partner(s)", nullptr, bar.count));
        tile->setAccessibleName(u"%1: %2"_s.arg(bar.label, locale.toString(bar.count)));
        // High risk in red when there is any: the one count nobody should miss.
        const bool alarm = bar.slice.kind == OverviewSlice::Kind::RiskLevel && bar.count > 0;
        tile->setStyleSheet(alarm ? u"QPushButton { color: #c62828; font-weight: bold; }"_s : QString());
    }
    const auto charts = m_overview.charts();
    for (int i = 0; i < m_charts.size() && i < charts.size(); ++i)
        m_charts.at(i)->setChart(*charts.at(i));
    const int high = m_overview.riskLevels.bars.value(0).count;
    m_status = tr("%Ln current partner(s); %1 at high risk", nullptr, m_overview.partners)
                   .arg(locale.toString(high));
    Q_EMIT statusChanged(m_status);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_summaries.isEmpty())
        fill(); // every label and title is translated where it is computed
    QWidget::changeEvent(event);
}
