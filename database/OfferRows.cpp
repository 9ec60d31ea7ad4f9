#include "OfferRows.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QStringList kOfferColumns = {u"id"_s,
                                   u"provider_id"_s,
                                   u"gpu_model_id"_s,
                                   u"instance_type"_s,
                                   u"gpus_per_instance"_s,
                                   u"vcpus"_s,
                                   u"ram_gb"_s,
                                   u"region"_s,
                                   u"pricing_model"_s,
                                   u"pricing_term"_s,
                                   u"interconnect"_s,
                                   u"notes"_s,
                                   u"not_listed_since"_s,
                                   u"listed_by"_s,
                                   u"per_gpu_rate"_s,
                                   u"sold_via"_s};
const QStringList kPriceColumns = {
    u"id"_s,           u"offer_id"_s,         u"usd_micros_per_instance_hour"_s,
    u"observed_on"_s,  u"source_url"_s,       u"note"_s,
    u"confirmed_on"_s, u"published_micros"_s, u"published_currency"_s};
const QStringList kRecordedColumns = {u"recorded_by"_s, u"recorded_at"_s};

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

} // namespace

QVariant publishedMicros(const PriceObservation &price)
{
    return price.publishedCurrency.isEmpty() ? QVariant()
                                             : QVariant::fromValue(price.publishedAmount.micros());
}

QVariant publishedCurrency(const PriceObservation &price)
{
    return price.publishedCurrency.isEmpty() ? QVariant() : QVariant(price.publishedCurrency);
}

QString OffersRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kOfferColumns, prefix);
}

OffersRow OffersRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    OffersRow row{at(0).toLongLong(), at(1).toLongLong(), at(2).toLongLong(), {}};
    Offer &o = row.offer;
    o.instanceType = at(3).toString();
    o.gpusPerInstance = at(4).toInt();
    if (!at(5).isNull())
        o.vcpus = at(5).toInt();
    if (!at(6).isNull())
        o.ramGb = at(6).toDouble();
    o.region = at(7).toString();
    o.pricing = pricingModelFromToken(at(8).toString()).value_or(PricingModel::OnDemand);
    o.pricingTerm = at(9).toString();
    o.interconnect = at(10).toString();
    o.notes = at(11).toString();
    o.notListedSince = at(12).toString();
    o.listedBy = at(13).toString();
    o.perGpuRate = at(14).toInt() != 0;
    o.soldVia = at(15).toString();
    return row;
}

Cells OffersRow::cells() const
{
    const Offer &o = offer;
    return zipCells(kOfferColumns,
                    {QVariant::fromValue(id), QVariant::fromValue(providerId),
                     QVariant::fromValue(gpuModelId), o.instanceType, o.gpusPerInstance,
                     nullable(o.vcpus), nullable(o.ramGb), o.region, pricingModelToken(o.pricing),
                     o.pricingTerm, o.interconnect, o.notes, o.notListedSince, o.listedBy,
                     o.perGpuRate ? 1 : 0, o.soldVia});
}

void OffersRow::resolveIds(const StandInIds &ids)
{
    ids.resolve(id);
    ids.resolve(providerId);
    ids.resolve(gpuModelId);
}

QString PriceObservationsRow::columns(SqlDialect dialect, const QString &prefix)
{
    // A file has no recorded_by and recorded_at: read as NULL, that is, not known.
    return prefixedColumns(kPriceColumns, prefix) +
           (dialect == SqlDialect::Postgres ? u", "_s + prefixedColumns(kRecordedColumns, prefix)
                                            : u", NULL, NULL"_s);
}

PriceObservationsRow PriceObservationsRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    // A price published in US dollars has NULL for both published columns.
    return {at(0).toLongLong(),
            at(1).toLongLong(),
            {Money::fromMicros(at(2).toLongLong()), at(3).toString(), at(4).toString(),
             at(5).toString(), at(6).toString(), at(8).toString(),
             Money::fromMicros(at(7).toLongLong())},
            optionalText(at(9)),
            optionalText(at(10))};
}

Cells PriceObservationsRow::cells() const
{
    Cells cells =
        zipCells(kPriceColumns, {QVariant::fromValue(id), QVariant::fromValue(offerId),
                                 QVariant::fromValue(price.usdPerInstanceHour.micros()),
                                 price.observedOn, price.sourceUrl, price.note, price.confirmedOn,
                                 publishedMicros(price), publishedCurrency(price)});
    if (recordedBy)
        cells.append({kRecordedColumns.at(0), *recordedBy});
    if (recordedAt)
        cells.append({kRecordedColumns.at(1), *recordedAt});
    return cells;
}

void PriceObservationsRow::resolveIds(const StandInIds &ids)
{
    ids.resolve(id);
    ids.resolve(offerId);
}

} // namespace gpucompare
