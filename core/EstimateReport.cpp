#include "EstimateReport.h"

#include "DataQuality.h"
#include "JobSpecJson.h"
#include "JsonStreamWriter.h"
#include "RegionGroups.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpucompare::EstimateReport {

namespace {

QString csvField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QString csvNumber(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

} // namespace

QStringList provenanceCsvHeader()
{
    return {u"observed_on"_s, u"age_days"_s,   u"standing"_s,
            u"first_hand"_s,  u"source_url"_s, u"flags"_s};
}

QStringList provenanceCsvCells(const PriceProvenance &price)
{
    return {price.observedOn,
            price.ageDays ? QString::number(*price.ageDays) : QString(),
            standingToken(price.standing),
            price.firstHand ? u"true"_s : u"false"_s,
            price.sourceUrl,
            flagTokens(price.flags).join(u' ')};
}

QStringList provenanceTableCells(const PriceProvenance &price)
{
    const QStringList flags = flagTokens(price.flags);
    return {price.ageDays ? u"%1 d"_s.arg(*price.ageDays) : u"undated"_s,
            flags.isEmpty() ? u"-"_s : flags.join(u", "_s)};
}

QByteArray json(const JobSpec &job, const OfferSelection &selection, const EstimateRun &run)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeJson(&buffer, job, selection, run);
    return bytes;
}

QJsonObject currencyJson(const PriceDisplay &shown)
{
    const QDate day = shown.conversion().rateDay();
    return {{u"code"_s, shown.code()},
            {u"rate"_s, shown.conversion().rate()},
            {u"rate_date"_s, day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue()},
            {u"source"_s, u"European Central Bank, euro foreign exchange reference rates"_s}};
}

bool writeJson(QIODevice *device, const JobSpec &job, const OfferSelection &selection,
               const EstimateRun &run, const PriceDisplay *shown)
{
    QJsonObject jobObject = jobToJson(job, selection);
    if (job.work == JobSpec::Work::Tokens)
        jobObject[u"flops"_s] = run.flops;
    // Keys in QJsonObject's sorted order, so the bytes are those of one QJsonDocument.
    JsonStreamWriter writer(device);
    writer.beginObject();
    if (shown)
        writer.write(u"currency", currencyJson(*shown));
    writer.beginArray(u"estimates");
    for (const JobEstimate &e : run.estimates) {
        JsonMembers members = estimateMembers(e);
        if (shown) {
            // Rounded once, to the currency's own decimals (whole yen).
            members.add(u"cost", rounded(shown->amount(e.totalUsd), shown->decimals(2)));
            members.add(u"per_gpu_hour",
                        rounded(shown->amount(e.usdPerGpuHour), shown->decimals(2) + 2));
        }
        writer.write(members);
    }
    writer.end();
    writer.write(u"job", jobObject);
    writer.write(u"left_out", leftOutJson(run.leftOut));
    writer.write(u"notes", QJsonArray::fromStringList(run.notes));
    return writer.finish();
}

QJsonArray leftOutJson(const QList<LeftOut> &leftOut)
{
    QJsonArray array;
    for (const LeftOut &l : leftOut) {
        array.append(QJsonObject{{u"gpu"_s, l.gpuModel.isEmpty() ? QJsonValue() : l.gpuModel},
                                 {u"offers"_s, l.offers},
                                 {u"reason"_s, l.reason}});
    }
    return array;
}

QByteArray csv(const EstimateRun &run, const PriceDisplay *shown)
{
    QString out = u"provider,offer,gpu,pricing,region,usd_per_gpu_hour,gpus_rented,gpu_hours,"
                  "wall_hours,wall_days,gpu_cost_usd,storage_cost_usd,egress_cost_usd,cost_usd,"_s +
                  provenanceCsvHeader().join(u',') +
                  (shown ? u",currency,cost,per_gpu_hour"_s : QString()) + u"\r\n"_s;
    for (const JobEstimate &e : run.estimates) {
        const QStringList cells = {csvField(e.provider),
                                   csvField(e.instanceType),
                                   csvField(e.gpuModel),
                                   pricingModelToken(e.pricing),
                                   csvField(e.region),
                                   csvNumber(e.usdPerGpuHour, 6),
                                   QString::number(e.gpusRented),
                                   csvNumber(e.gpuHours, 2),
                                   csvNumber(e.wallHours, 2),
                                   csvNumber(e.wallDays, 3),
                                   csvNumber(e.gpuCostUsd, 2),
                                   csvNumber(e.storageCostUsd, 2),
                                   csvNumber(e.egressCostUsd, 2),
                                   csvNumber(e.totalUsd, 2)};
        QStringList provenance = provenanceCsvCells(e.price);
        for (QString &cell : provenance)
            cell = csvField(cell);
        out += cells.join(u',') + u',' + provenance.join(u',');
        if (shown) {
            out += u',' + shown->code() + u',' +
                   csvNumber(shown->amount(e.totalUsd), shown->decimals(2)) + u',' +
                   csvNumber(shown->amount(e.usdPerGpuHour), shown->decimals(2) + 2);
        }
        out += u"\r\n"_s;
    }
    return out.toUtf8();
}

QString alignedColumns(QList<QStringList> lines, const std::function<bool(qsizetype)> &rightAligned)
{
    constexpr int kMaxColumn = 28;
    QList<int> widths(lines.isEmpty() ? 0 : lines.first().size(), 0);
    for (QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size() && i < widths.size(); ++i) {
            if (line[i].size() > kMaxColumn)
                line[i] = line[i].left(kMaxColumn - 1) + u'…';
            widths[i] = std::max(widths[i], int(line[i].size()));
        }
    }
    QString out;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size() && i < widths.size(); ++i) {
            padded << (rightAligned(i) ? line[i].rightJustified(widths[i])
                                       : line[i].leftJustified(widths[i]));
        }
        out += padded.join(u"  "_s).trimmed() + u'\n';
    }
    return out;
}

QString table(const JobSpec &job, const EstimateRun &run)
{
    const QLocale c = QLocale::c();
    QList<QStringList> lines = {{u"Provider"_s, u"Offer"_s, u"GPU"_s, u"Pricing"_s, u"Region"_s,
                                 u"$/GPU-h"_s, u"GPUs"_s, u"GPU-hours"_s, u"Days"_s,
                                 u"Cost (USD)"_s, u"Age"_s, u"Flags"_s}};
    // The memory check only means something when the model size is known.
    const bool memory = job.parameters > 0;
    if (memory)
        lines.first() << u"Memory"_s;
    // Offers that differ only by region are one line, as in the window ("3 regions"); JSON
    // and CSV keep one row per offer.
    for (const TableLine &line : tableLinesOf(run.estimates)) {
        const JobEstimate &e = run.estimates.at(line.estimate);
        const QString &region = line.region;
        lines.append({e.provider, e.instanceType, e.gpuModel.isEmpty() ? u"-"_s : e.gpuModel,
                      pricingModelToken(e.pricing), region, c.toString(e.usdPerGpuHour, 'f', 2),
                      QString::number(e.gpusRented), c.toString(e.gpuHours, 'f', 0),
                      c.toString(e.wallDays, 'f', 1), c.toString(e.totalUsd, 'f', 0)});
        lines.last() << provenanceTableCells(e.price);
        if (memory)
            lines.last() << (e.fitsInMemory ? u"fits"_s : u"TOO SMALL"_s);
    }
    // Numbers (from the sixth column on) align right.
    QString out = alignedColumns(std::move(lines),
                                 [](qsizetype column) { return column >= 5 && column <= 9; });
    out += u'\n' + estimateSummary(run, job) + u'\n';
    if (memory && std::any_of(run.estimates.cbegin(), run.estimates.cend(),
                              [](const JobEstimate &e) { return !e.fitsInMemory; })) {
        out += u"Memory: TOO SMALL means 16 bytes per parameter (mixed-precision AdamW, sharded "
               "over the rented GPUs) exceed a GPU's memory, before activations.\n"_s;
    }
    for (const QString &note : run.notes)
        out += u"Note: "_s + note + u'\n';
    return out;
}

} // namespace gpucompare::EstimateReport
