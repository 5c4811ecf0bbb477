#include "activity/activitypanel.h"

#include "activity/activityrules.h"
#include "activity/signinchart.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_chart(new SignInChart(this))
{
    setObjectName(u"activityPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"activityTitle"_s);
    m_title->setWordWrap(true); // "Aanmeldingen (uit de geïmporteerde logboeken)" may not widen the pane
    // Names and addresses from the logs are shown as they are: plain text, never markup.
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setObjectName(u"activityValue"_s);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_chart);
    render();
}

void ActivityPanel::showActivity(const ActivityEvidence &evidence,
    const std::optional<PartnerActivity> &activity, const QList<PartnerEvent> &events)
{
    m_evidence = evidence;
    m_activity = activity;
    m_events = events;
    render();
}

QString ActivityPanel::text() const
{
    return m_body->text();
}

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

QString ActivityPanel::lifecycleText() const
{
    if (m_events.isEmpty())
        return {};
    const QLocale locale;
    QStringList lines {tr("In the audit log:")};
    for (const PartnerEvent &e : m_events.mid(0, 5)) {
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(e.activityMs, Qt::UTC), QLocale::ShortFormat);
        lines << tr("%1 on %2 (UTC) by %3: %4")
                     .arg(e.activity, when, e.initiatedBy.isEmpty() ? tr("unknown") : e.initiatedBy,
                         e.result.isEmpty() ? tr("result not given") : e.result);
    }
    if (m_events.size() > 5)
        lines << tr("and %n earlier", nullptr, int(m_events.size() - 5));
    return u"\n\n"_s + lines.join(u'\n');
}

void ActivityPanel::render()
{
    m_title->setText(tr("Sign-ins (from the imported logs)"));
    if (!m_evidence.any()) {
        m_body->setText(tr("No activity evidence: import an Entra sign-in log (File > Import partner file…) "
                           "to see whether this "
                           "partner signs in. Without it, nothing is known about its use of its roles.")
            + lifecycleText());
        m_chart->hide();
        return;
    }
    const QString period = m_evidence.periodText();
    if (!m_activity || m_activity->signInsAll == 0) {
        m_body->setText(tr("No sign-in in the imported logs (%1).").arg(period) + lifecycleText());
        m_chart->hide();
        return;
    }
    const PartnerActivity &a = *m_activity;
    const QLocale locale;
    const QString last
        = locale.toString(QDateTime::fromMSecsSinceEpoch(a.lastSignInMs, Qt::UTC), QLocale::ShortFormat);
    QStringList lines;
    lines << tr("Last sign-in: %1 (UTC)").arg(last);
    lines << tr("Sign-ins: %1 in the last 30 days, %2 in the last 90 days of the logs")
                 .arg(a.signIns30)
                 .arg(a.signIns90);
    lines << tr("Failed sign-ins: %1 in 30 days, %2 in 90 days").arg(a.failed30).arg(a.failed90);
    QString countries = a.countries.join(u", "_s);
    if (!a.newCountries.isEmpty())
        countries += u"  "_s + tr("(new in the last 30 days: %1)").arg(a.newCountries.join(u", "_s));
    lines << tr("Countries: %1").arg(countries);
    lines << tr("%n IP address(es) in 90 days", nullptr, int(a.ipAddresses.size()));
    lines << tr("People: %1").arg(a.people.isEmpty() ? tr("none in 90 days") : a.people.join(u", "_s));
    lines << tr("Evidence: %1").arg(period);
    m_body->setText(lines.join(u'\n') + lifecycleText());
    m_chart->setWeeks(a.weekly);
    m_chart->show();
}
