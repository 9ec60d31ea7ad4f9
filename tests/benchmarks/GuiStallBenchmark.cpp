// How long the window's event loop stalls (no timer tick, no repaint, no input) while it
//   1. previews and imports large catalogs (the import dialog, on the bundled book),
//   2. saves one price in a large price book until the table shows it, and
//   3. updates its prices in the background (the large catalog served over HTTP as Lambda's).
// A 2 ms timer ticks throughout; the longest gap between ticks, less the interval, is the stall.
//   gui_stall_benchmark CATALOG.csv BOOK.sqlite
// Prints "figure value" lines for tools/benchmark.py. A measurement, not a test.

#include "AutoUpdate.h"
#include "CatalogServer.h"
#include "GpuModelRepository.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ProviderRepository.h"
#include "TestFiles.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// The longest gap between two ticks of a 2 ms timer since start(), less the interval.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_busy = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Stops, counting the gap up to now as well (the last stall may not have ended in a tick).
    double stop()
    {
        tick();
        m_timer.stop();
        return std::max(0.0, m_longest - 2.0);
    }
    /// Since start(): the time between ticks beyond their interval, summed over the gaps of
    /// over 5 ms (the GUI thread busy, not the timer's jitter).
    double busy() const { return m_busy; }

private:
    void tick()
    {
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        m_longest = std::max(m_longest, now - m_last);
        if (now - m_last > 5.0)
            m_busy += now - m_last - 2.0;
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    double m_busy = 0;
};

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// Lets the window paint and finish what it deferred, so it is not counted below.
void settle()
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: gui_stall_benchmark CATALOG.csv BOOK.sqlite\n";
        return 2;
    }
    QTextStream out(stdout);
    StallMeter meter;

    // 1. Preview and import large catalogs into a copy of the bundled book: the SkyPilot one
    //    given (most rows CPU-only or zones folded into one offer), and our own CSV with
    //    100,000 GPU offers, every row of which is written.
    QTemporaryDir work;
    const QString own = work.filePath(u"offers-100k.csv"_s);
    if (!gpucompare::test::writeOffersCatalog(own, 100'000, u"bench"_s))
        qFatal("cannot write %s", qPrintable(own));
    for (const QString &catalog : {args.at(1), own}) {
        out << "catalog " << QFileInfo(catalog).fileName() << '\n';
        QTemporaryDir dir;
        PriceBook::OpenResult opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
        if (!opened.book) {
            QTextStream(stderr) << opened.error << '\n';
            return 1;
        }
        MainWindow window(std::move(opened.book));
        window.show();
        settle();
        ImportOptions options;
        options.observedOn = QDate::currentDate();
        options.gpuModels = GpuModelRepository(window.book()->database()).all();
        options.provider = u"AWS"_s;
        ImportDialog dialog(catalog, options,
                            ImportDialog::runnerForBook(window.book()->path(), false), &window);
        dialog.show();
        waitUntil([&] { return !dialog.isPreviewing(); });
        settle();
        // The preview read again, as after a change of format, cloud or mapping: the dialog's
        // own first paint is not part of it.
        meter.start();
        QElapsedTimer clock;
        clock.start();
        dialog.refreshPreview();
        waitUntil([&] { return !dialog.isPreviewing(); });
        out << "preview-ms " << clock.elapsed() << '\n';
        out << "preview-stall-ms " << meter.stop() << '\n';
        meter.start();
        clock.restart();
        const bool imported = dialog.runImport();
        out << "import-ms " << clock.elapsed() << '\n';
        out << "imported-offers " << (imported ? dialog.summary().offersAdded : -1) << " of "
            << dialog.plan().rowsRead << " rows (" << dialog.summary().error << ")\n";
        out << "import-stall-ms " << meter.stop() << '\n';
        // What File › Import does next (FileActions::bookChanged): the offers read and
        // annotated on a worker, then swapped into the table. Counted is the GUI thread's
        // longest stall from the start of the reload until the table shows the new offers;
        // the time until they show and the GUI thread's busy time in it are printed beside it.
        const int rowsBefore = window.pricesPanel()->model()->rowCount();
        bool shown = false;
        const QMetaObject::Connection loaded =
            QObject::connect(&window, &MainWindow::offersLoaded, [&] { shown = true; });
        meter.start();
        clock.restart();
        window.reloadInBackground();
        waitUntil([&] { return shown; });
        QObject::disconnect(loaded);
        const qint64 toShown = clock.elapsed();
        // What the window deferred to the next turns of its event loop is counted too.
        QElapsedTimer after;
        after.start();
        waitUntil([&] { return after.elapsed() >= 300; });
        out << "reload-after-import-busy-ms " << meter.busy() << '\n';
        out << "reload-after-import-ms " << meter.stop() << '\n';
        out << "reload-after-import-shown-ms " << toShown << '\n';
        out << "reload-after-import-rows " << rowsBefore << " -> "
            << window.pricesPanel()->model()->rowCount() << '\n';
        out.flush();
    }

    // 2. One price saved in a large book, until the table shows it.
    {
        PriceBook::OpenResult opened = PriceBook::open(args.at(2), PriceBook::Create::Never);
        if (!opened.book) {
            QTextStream(stderr) << opened.error << '\n';
            return 1;
        }
        MainWindow window(std::move(opened.book));
        window.show();
        settle(); // the first paint and the calculator's first estimate
        const qint64 offerId = window.pricesPanel()->model()->rowAt(0).offerId;
        meter.start();
        QElapsedTimer clock;
        clock.start();
        window.changePrice(offerId, u"12.34"_s);
        waitUntil([&] {
            for (const OfferRow &row : window.pricesPanel()->model()->rows()) {
                if (row.offerId == offerId)
                    return row.usdPerInstanceHour.micros() == 12'340'000;
            }
            return false;
        });
        out << "edit-to-table-ms " << clock.elapsed() << '\n';
        out << "edit-stall-ms " << meter.stop() << '\n';
        out << "offers " << window.pricesPanel()->model()->rowCount() << '\n';
        out.flush();
    }

    // 3. The background update (issue 28): the window's own worker fetches and applies the
    //    catalog from a local server. The stall counts until the worker's last progress; the
    //    window's reload after it is timed on its own.
    {
        gpucompare::test::CatalogServer server;
        server.serve("/catalogs/v8/lambda/vms.csv", gpucompare::test::readFile(args.at(1)));
        QTemporaryDir dir;
        PriceBook::OpenResult opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
        if (!opened.book) {
            QTextStream(stderr) << opened.error << '\n';
            return 1;
        }
        MainWindow window(std::move(opened.book));
        window.show();
        settle();
        UpdateRequest request;
        request.baseUrl = server.baseUrl();
        FetchPolicy policy;
        policy.allowPlainHttp = true;
        BackgroundUpdate *update = window.autoUpdate()->backgroundUpdate();
        bool workerDone = false;
        bool reloaded = false;
        QObject::connect(update, &BackgroundUpdate::progress, [&](const QString &text) {
            if (text.contains(u"1 of 1"_s))
                workerDone = true;
        });
        BackgroundUpdate::Result result;
        QObject::connect(window.autoUpdate(), &AutoUpdate::finished,
                         [&](const BackgroundUpdate::Result &r) {
                             result = r;
                             reloaded = true;
                         });
        meter.start();
        QElapsedTimer clock;
        clock.start();
        // Straight to the worker: no settings are written (a benchmark runs with the user's).
        update->start(window.book()->path(), {CatalogSource{u"skypilot"_s, u"lambda"_s}}, request,
                      policy);
        waitUntil([&] { return workerDone || reloaded; });
        out << "auto-update-ms " << clock.elapsed() << '\n';
        out << "auto-update-stall-ms " << meter.stop() << '\n';
        clock.restart();
        waitUntil([&] { return reloaded; });
        out << "reload-after-auto-update-ms " << clock.elapsed() << '\n';
        out << "auto-update-offers " << result.offersAdded << " added, " << result.pricesChanged
            << " changed (" << result.failures.join(u"; "_s) << ")\n";
    }
    return 0;
}
