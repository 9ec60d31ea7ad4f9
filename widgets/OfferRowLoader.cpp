#include "OfferRowLoader.h"

#include "PriceBook.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// The worker's whole job, on its own connection.
void readBook(const QString &bookPath, bool readOnly, const TableAnnotation &annotation,
              BookRead &read)
{
    PriceBook::OpenResult connection = PriceBook::openConnection(bookPath, readOnly);
    if (!connection.book) {
        read.error = connection.error;
        return;
    }
    const QSqlDatabase db = connection.book->database();
    Outcome<QList<OfferRow>> rows =
        book::currentOffers(db, Freshness{annotation.today, annotation.maxAgeDays});
    if (!rows) {
        read.error = rows.error();
        return;
    }
    read.offers = prepareOffers(std::move(rows).value(), annotation);
    if (Outcome<CostInputs> inputs = book::costInputs(db, read.offers.rows))
        read.costInputs = std::move(inputs).value();
    if (const Outcome<PriceDating> dating = book::priceDating(db))
        read.dating = dating.value();
    if (const Outcome<book::Counts> counts = book::counts(db))
        read.counts = counts.value();
}

} // namespace

OfferRowLoader::OfferRowLoader(QObject *parent)
    : QObject(parent)
{}

OfferRowLoader::~OfferRowLoader()
{
    stopAndWait();
}

void OfferRowLoader::start(const QString &bookPath, bool readOnly,
                           const TableAnnotation &annotation)
{
    m_pending = Pending{bookPath, readOnly, annotation};
    m_wanted = ++m_run;
    if (!m_thread)
        startWorker();
    // else: workerFinished() starts it; the running read may predate what this one must see.
}

void OfferRowLoader::startWorker()
{
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    const quint64 run = m_run;
    m_result = std::make_shared<BookRead>();
    m_thread = QThread::create([pending, result = m_result] {
        readBook(pending.bookPath, pending.readOnly, pending.annotation, *result);
    });
    m_thread->setObjectName(u"offerRowLoader"_s);
    connect(
        m_thread, &QThread::finished, this, [this, run] { workerFinished(run); },
        Qt::QueuedConnection);
    m_thread->start();
}

void OfferRowLoader::workerFinished(quint64 run)
{
    if (!m_thread)
        return;       // stopped by stopAndWait()
    m_thread->wait(); // finished() comes just before the thread's last instructions
    delete m_thread;
    m_thread = nullptr;
    std::shared_ptr<BookRead> result = std::exchange(m_result, nullptr);
    if (m_pending) {
        startWorker();
        return;
    }
    if (run != m_wanted)
        return; // discarded
    m_wanted = 0;
    Q_EMIT loaded(std::move(result));
}

void OfferRowLoader::stopAndWait()
{
    m_pending.reset();
    m_wanted = 0;
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result.reset();
}

} // namespace gpucompare
