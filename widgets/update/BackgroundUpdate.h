#pragma once

#include "PriceUpdate.h"
#include "UpdateRun.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace gpucompare {

/// An update of the price book from the public catalogs that runs without the user: every
/// catalog fetched and applied at once (no preview), on a worker thread with a connection of
/// its own, as UpdatePricesDialog's Apply does. The GUI thread never waits for it: progress
/// and the result arrive as queued signals.
class BackgroundUpdate final : public QObject
{
    Q_OBJECT

public:
    /// What one run did, summed over its catalogs (UpdateTotals; `failures` also holds why the
    /// book could not be opened).
    struct Result : UpdateTotals
    {
        bool offline = false;     ///< every catalog failed and no server answered at all
        bool rateLimited = false; ///< a server answered 429 (too many requests)
        bool cancelled = false;
        bool bookUnavailable = false; ///< the worker could not open the price book
        /// The watches the update took below their threshold (UpdateRun::alerts).
        QList<WatchAlert> alerts;

        /// Whether at least one catalog was read and applied (or was not modified).
        bool anySucceeded() const { return catalogs > failed && !bookUnavailable; }
    };

    explicit BackgroundUpdate(QObject *parent = nullptr);
    /// Cancels a running update and waits for its worker (a catalog being written finishes).
    ~BackgroundUpdate() override;

    /// Fetches and applies `catalogs` into the book at `bookPath`, reading from `request`'s
    /// base URL (empty: the public catalogs) with `policy`. Returns false, doing nothing, when
    /// an update runs already or there is nothing to read.
    bool start(const QString &bookPath, const QList<CatalogSource> &catalogs,
               const UpdateRequest &request, const FetchPolicy &policy);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running update to stop; `finished` still follows, with `cancelled` set.
    void cancel();
    /// Cancels and waits for the worker (before the price book closes or is replaced). Does
    /// not emit `finished`.
    void stopAndWait();

Q_SIGNALS:
    /// "Updating prices… 3 of 20 catalogs", as each catalog is done.
    void progress(const QString &text);
    void finished(const gpucompare::BackgroundUpdate::Result &result);

private:
    void workerFinished();

    QThread *m_thread = nullptr;
    int m_run = 0; ///< counts runs, so that a stopped run's queued calls are recognised
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<Result> m_result;
};

} // namespace gpucompare

Q_DECLARE_METATYPE(gpucompare::BackgroundUpdate::Result)
