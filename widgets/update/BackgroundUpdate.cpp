#include "BackgroundUpdate.h"

#include "PriceBook.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace gpucompare {

BackgroundUpdate::BackgroundUpdate(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{}

BackgroundUpdate::~BackgroundUpdate()
{
    stopAndWait();
}

bool BackgroundUpdate::start(const QString &bookPath, const QList<CatalogSource> &catalogs,
                             const UpdateRequest &request, const FetchPolicy &policy)
{
    if (m_thread || catalogs.isEmpty())
        return false;
    m_cancelled->store(false);
    m_result = std::make_shared<Result>();
    const int total = int(catalogs.size());
    Q_EMIT progress(tr("Updating prices… 0 of %1 catalogs").arg(total));
    // Everything the worker uses is copied or shared: it never touches this object except
    // through queued calls, which Qt drops if this object is gone (the destructor waits anyway).
    const int run = ++m_run;
    m_thread = QThread::create([this, run, bookPath, catalogs, request, policy,
                                cancelled = m_cancelled, result = m_result] {
        PriceBook::OpenResult connection = PriceBook::openConnection(bookPath, false);
        if (!connection.book) {
            result->bookUnavailable = true;
            result->failures << connection.error;
            return;
        }
        HttpFetcher fetcher(policy);
        UpdateCallbacks callbacks;
        callbacks.cancelled = [cancelled] {
            return cancelled->load();
        };
        callbacks.catalogDone = [this, run](int done, int of) {
            QMetaObject::invokeMethod(
                this,
                [this, run, done, of] {
                    if (run == m_run)
                        Q_EMIT progress(tr("Updating prices… %1 of %2 catalogs").arg(done).arg(of));
                },
                Qt::QueuedConnection);
        };
        const UpdateRun ran =
            runCatalogs(connection.book->database(), catalogs, request, false, fetcher, callbacks);
        static_cast<UpdateTotals &>(*result) = ran.totals;
        result->cancelled = ran.cancelled;
        result->offline = ran.offline();
        result->rateLimited = ran.rateLimited();
        result->alerts = ran.alerts;
    });
    m_thread->setObjectName(u"backgroundUpdate"_s);
    // Emitted on the worker thread as it ends: queued to this object's (the GUI) thread.
    // A run stopped by stopAndWait() may still have this call queued: `run` tells it apart.
    connect(
        m_thread, &QThread::finished, this,
        [this, run] {
            if (run == m_run)
                workerFinished();
        },
        Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundUpdate::cancel()
{
    m_cancelled->store(true);
}

void BackgroundUpdate::stopAndWait()
{
    if (!m_thread)
        return;
    cancel();
    ++m_run; // what the stopped run still has queued is dropped
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void BackgroundUpdate::workerFinished()
{
    m_thread->wait(); // finished() is emitted just before the thread's last instructions
    delete m_thread;
    m_thread = nullptr;
    const Result result = *m_result;
    Q_EMIT finished(result);
}

} // namespace gpucompare
