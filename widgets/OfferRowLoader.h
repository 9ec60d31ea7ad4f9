#pragma once

#include "BookService.h"
#include "PreparedOffers.h"

#include <QObject>
#include <memory>
#include <optional>

class QThread;

namespace gpucompare {

/// What a window shows of its book after an import: the offers prepared for the price table,
/// the calculators' inputs over them and the status bar's counts, all read on a worker thread.
struct BookRead
{
    QString error; ///< the offers could not be read; nothing else is then set
    PreparedOffers offers;
    std::optional<CostInputs> costInputs; ///< empty when unreadable: the window reads again
    std::optional<PriceDating> dating;
    std::optional<book::Counts> counts;
};

/// Reads a book's offers and annotates them on a connection of its own, on a worker thread, so
/// that after an import of 100,000 offers the window's event loop is only stopped for the swap
/// of the prepared rows into the table (issue 32). One read at a time: starting a read while
/// one runs lets the running one finish unseen.
class OfferRowLoader final : public QObject
{
    Q_OBJECT

public:
    explicit OfferRowLoader(QObject *parent = nullptr);
    ~OfferRowLoader() override;

    /// Starts reading the book at `bookPath` (a file or a team book's address).
    void start(const QString &bookPath, bool readOnly, const TableAnnotation &annotation);
    /// Whether a read was started and its result not yet handed on by loaded().
    bool isLoading() const { return m_wanted != 0; }
    /// The running read's result will not be handed on (the window read the book itself).
    void discard() { m_wanted = 0; }
    /// Waits for the worker (the book is about to close).
    void stopAndWait();

Q_SIGNALS:
    /// On the GUI thread: the wanted read is done.
    void loaded(std::shared_ptr<BookRead> read);

private:
    void workerFinished(quint64 run);
    void startWorker();

    QThread *m_thread = nullptr;
    quint64 m_run = 0;    ///< the run the worker works on
    quint64 m_wanted = 0; ///< the run whose result is wanted; 0: none
    std::shared_ptr<BookRead> m_result;
    /// A read asked for while the worker was busy with an older one.
    struct Pending
    {
        QString bookPath;
        bool readOnly = false;
        TableAnnotation annotation;
    };
    std::optional<Pending> m_pending;
};

} // namespace gpucompare
