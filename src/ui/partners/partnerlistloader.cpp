#include "partners/partnerlistloader.h"

#include "common/clock.h"
#include "common/ports.h"

#include <QLocale>
#include <QPointer>
#include <QThread>

PartnerListLoader::PartnerListLoader(UiContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{ }

PartnerListLoader::~PartnerListLoader()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void PartnerListLoader::start()
{
    // A previous load finishes on its own; its results are dropped as stale.
    const quint64 generation = ++m_generation;
    m_loading = true;
    const auto open = m_context.openRepository;
    const QDateTime now = m_context.clock.nowUtc();
    const QLocale locale;
    QPointer<PartnerListLoader> self(this);
    QThread *thread = QThread::create([=] {
        auto deliver = [&](auto function) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, function] {
                    if (self && self->m_generation == generation)
                        function(self.data());
                },
                Qt::QueuedConnection);
        };
        auto opened = open();
        if (!opened) {
            const QString message = opened.error().message;
            deliver([message](PartnerListLoader *l) {
                l->m_loading = false;
                Q_EMIT l->failed(message);
            });
            return;
        }
        const std::unique_ptr<RegisterRepository> repository = std::move(opened).value();
        auto first = repository->summaries(kFirstPage);
        if (!first) {
            const QString message = first.error().message;
            deliver([message](PartnerListLoader *l) {
                l->m_loading = false;
                Q_EMIT l->failed(message);
            });
            return;
        }
        auto firstPage = std::make_shared<PartnerTableModel::Prepared>(
            PartnerTableModel::prepare(std::move(first).value(), now, locale));
        const bool complete = firstPage->rows.size() < kFirstPage;
        deliver([firstPage, complete](PartnerListLoader *l) {
            if (complete) {
                l->m_loading = false;
                Q_EMIT l->loaded(firstPage);
            } else {
                Q_EMIT l->firstPageLoaded(firstPage);
            }
        });
        if (complete)
            return;
        auto all = repository->summaries();
        if (!all) {
            const QString message = all.error().message;
            deliver([message](PartnerListLoader *l) {
                l->m_loading = false;
                Q_EMIT l->failed(message);
            });
            return;
        }
        auto rows = std::make_shared<PartnerTableModel::Prepared>(
            PartnerTableModel::prepare(std::move(all).value(), now, locale));
        deliver([rows](PartnerListLoader *l) {
            l->m_loading = false;
            Q_EMIT l->loaded(rows);
        });
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}
