#include "EstimateCommands.h"

#include "CliOutput.h"
#include "CurrencyOption.h"
#include "EstimateReport.h"
#include "PhaseTrace.h"
#include "PriceBook.h"
#include "ServeReport.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace gpucompare {

template <typename Estimate>
int EstimateCommands::runReport(int (CostEstimates::*estimate)(const QSqlDatabase &,
                                                               std::optional<Estimate> &) const,
                                Writers (*writersOf)(const Estimate &, const PriceDisplay *))
{
    if (!m_call.arguments.isEmpty()) {
        return usageError(
            tr("%1 takes options only, not \"%2\"").arg(m_call.command, m_call.arguments.first()));
    }
    const QString format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"table"_s;
    if (format != u"table" && format != u"json" && format != u"csv")
        return usageError(tr("--format \"%1\" is not one of table, json, csv").arg(format));
    tracePhase("options read");
    const auto book = openPriceBook(IfMissing::Refuse);
    if (!book)
        return 1;
    std::optional<PriceDisplay> shown;
    if (const int status = readCurrencyOption(m_parser, book->database(), shown); status != 0)
        return status;
    std::optional<Estimate> made;
    if (const int status = (CostEstimates(m_parser).*estimate)(book->database(), made); status != 0)
        return status;
    const Writers writers = writersOf(*made, shown ? &*shown : nullptr);
    const int status = writeStandardOutput([&](QIODevice *out) {
        if (format == u"json")
            return writers.json(out); // streamed: 100,000 estimates are tens of MB
        const QByteArray bytes = format == u"csv" ? writers.csv() : writers.table().toUtf8();
        return out->write(bytes) == bytes.size();
    });
    tracePhase("written");
    // The book was only read and the answer is written: the estimates, the offers and the
    // connection go with the process.
    exitAfterOutput(status);
}

int EstimateCommands::runEstimate()
{
    return runReport<CostEstimates::Job>(
        &CostEstimates::jobEstimate,
        [](const CostEstimates::Job &estimate, const PriceDisplay *shown) {
            // Bound to the estimate itself, which runReport keeps until it is written.
            const JobSpec &job = estimate.request.job;
            const OfferSelection &selection = estimate.request.selection;
            const EstimateRun &run = estimate.run;
            return Writers{[&job, &selection, &run, shown](QIODevice *out) {
                               return EstimateReport::writeJson(out, job, selection, run, shown);
                           },
                           [&run, shown] { return EstimateReport::csv(run, shown); },
                           [&job, &run] {
                               return EstimateReport::table(job, run);
                           }};
        });
}

int EstimateCommands::runServeEstimate()
{
    return runReport<CostEstimates::Serving>(
        &CostEstimates::servingEstimate,
        [](const CostEstimates::Serving &estimate, const PriceDisplay *shown) {
            const ServeSpec &spec = estimate.request.spec;
            const OfferSelection &selection = estimate.request.selection;
            const ServeRun &run = estimate.run;
            return Writers{[&spec, &selection, &run, shown](QIODevice *out) {
                               return ServeReport::writeJson(out, spec, selection, run, shown);
                           },
                           [&spec, &run, shown] { return ServeReport::csv(spec, run, shown); },
                           [&spec, &run] {
                               return ServeReport::table(spec, run);
                           }};
        });
}

} // namespace gpucompare
