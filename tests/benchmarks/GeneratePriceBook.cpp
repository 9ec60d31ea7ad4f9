// Writes a deterministic price book of N synthetic offers (plus the bundled market share and
// GPU models), for the window and command-line benchmarks:
//   generate_pricebook 100000 /tmp/book-100k.sqlite

#include "GpuModelRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "SyntheticOffers.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace gpucompare;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() == 3 ? args.at(1).toInt(&ok) : 0;
    if (!ok || count < 1) {
        QTextStream(stderr) << "usage: generate_pricebook OFFERS OUTPUT.sqlite\n";
        return 2;
    }
    QFile::remove(args.at(2));
    PriceBook::OpenResult opened = PriceBook::open(args.at(2)); // starts from the bundled book
    if (!opened.book) {
        QTextStream(stderr) << opened.error << '\n';
        return 1;
    }
    PriceBookData data = bench::syntheticPriceBook(count);
    // Keep the bundled GPU models' sourced figures: add only the synthetic ones it lacks.
    const QList<GpuModel> existing = GpuModelRepository(opened.book->database()).all();
    data.gpuModels.removeIf([&](const GpuModel &g) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&](const GpuModel &e) { return e.name == g.name; });
    });
    const ImportSummary summary = PriceBookImporter(opened.book->database()).importData(data);
    if (!summary.ok()) {
        QTextStream(stderr) << summary.error << '\n';
        return 1;
    }
    QTextStream(stdout) << summary.offersAdded << " offers added to " << args.at(2) << '\n';
    return 0;
}
