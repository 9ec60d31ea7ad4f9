#include "BackgroundUpdate.h"

#include "DatabaseError.h"
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
    m_thread = QThread::create([this, run, bookPath, catalogs, request, policy, total,
                                cancelled = m_cancelled, result = m_result] {
        PriceBook::OpenResult connection = PriceBook::openConnection(bookPath, false);
        if (!connection.book) {
            result->bookUnavailable = true;
            result->failures << connection.error;
            return;
        }
        QSqlDatabase db = connection.book->database();
        QMap<QString, LastFetch> previous;
        QStringList skus;
        try {
            previous = lastFetches(db);
            skus = azureSkus(db);
        } catch (const DatabaseError &) {
            // An empty map fetches unconditionally; no SKUs leaves Azure's query unfiltered
            // by shape, which its reader copes with.
        }
        HttpFetcher fetcher(policy);
        int noAnswer = 0;
        for (const CatalogSource &catalog : catalogs) {
            if (cancelled->load()) {
                result->cancelled = true;
                break;
            }
            const FetchedCatalog fetched =
                fetchForBook(catalog, request, previous, skus, fetcher,
                             [cancelled](qint64, qint64) { return !cancelled->load(); });
            if (cancelled->load()) {
                result->cancelled = true;
                break;
            }
            const SourceReport report = applyCatalog(db, fetched, request.today, false);
            ++result->catalogs;
            if (report.failed()) {
                ++result->failed;
                result->failures << u"%1: %2"_s.arg(catalog.key(), report.error);
                if (fetched.httpStatus == 429)
                    result->rateLimited = true;
                if (!fetched.error.isEmpty() && fetched.httpStatus == 0)
                    ++noAnswer;
            } else {
                result->pricesChanged += report.pricesChanged;
                result->offersAdded += report.offersAdded;
                result->vanished += report.vanished;
                result->confirmed += report.confirmed;
            }
            const int done = result->catalogs;
            QMetaObject::invokeMethod(
                this,
                [this, run, done, total] {
                    if (run == m_run)
                        Q_EMIT progress(
                            tr("Updating prices… %1 of %2 catalogs").arg(done).arg(total));
                },
                Qt::QueuedConnection);
        }
        result->offline = result->catalogs > 0 && noAnswer == result->catalogs;
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
