#include "ProviderRows.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QStringList kProviderColumns = {u"id"_s, u"name"_s, u"kind"_s, u"website"_s, u"notes"_s};
const QStringList kDiscountColumns = {u"provider_id"_s, u"discount_percent"_s};
const QStringList kShapeColumns = {u"id"_s,           u"provider_id"_s, u"instance_type"_s,
                                   u"gpu_model_id"_s, u"gpu_count"_s,   u"source_url"_s,
                                   u"notes"_s};
const QStringList kEgressColumns = {
    u"id"_s,          u"provider_id"_s,       u"from_gb"_s,
    u"to_gb"_s,       u"usd_micros_per_gb"_s, u"free_gb_per_month"_s,
    u"observed_on"_s, u"source_url"_s,        u"note"_s};

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

QString ProvidersRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kProviderColumns, prefix);
}

ProvidersRow ProvidersRow::read(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toString(),
            q.value(first + 2).toString(), q.value(first + 3).toString(),
            q.value(first + 4).toString()};
}

Cells ProvidersRow::cells() const
{
    return zipCells(kProviderColumns, {QVariant::fromValue(id), name, kind, website, notes});
}

QString ProviderDiscountsRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kDiscountColumns, prefix);
}

ProviderDiscountsRow ProviderDiscountsRow::read(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toDouble()};
}

Cells ProviderDiscountsRow::cells() const
{
    return zipCells(kDiscountColumns, {QVariant::fromValue(providerId), discountPercent});
}

QString InstanceShapesRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kShapeColumns, prefix);
}

InstanceShapesRow InstanceShapesRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    return {at(0).toLongLong(), at(1).toLongLong(), at(2).toString(), optionalId(at(3)),
            at(4).toInt(),      at(5).toString(),   at(6).toString()};
}

Cells InstanceShapesRow::cells() const
{
    return zipCells(kShapeColumns,
                    {QVariant::fromValue(id), QVariant::fromValue(providerId), instanceType,
                     nullable(gpuModelId), gpuCount, sourceUrl, notes});
}

void InstanceShapesRow::resolveIds(const StandInIds &ids)
{
    ids.resolve(id);
    ids.resolve(providerId);
    ids.resolve(gpuModelId);
}

QString EgressPricesRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kEgressColumns, prefix);
}

EgressPricesRow EgressPricesRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    EgressPricesRow row;
    row.id = at(0).toLongLong();
    row.providerId = at(1).toLongLong();
    EgressPrice &e = row.price;
    e.fromGb = at(2).toDouble();
    if (!at(3).isNull())
        e.toGb = at(3).toDouble();
    e.usdPerGb = Money::fromMicros(at(4).toLongLong());
    e.freeGbPerMonth = at(5).toDouble();
    e.observedOn = at(6).toString();
    e.sourceUrl = at(7).toString();
    e.note = at(8).toString();
    return row;
}

Cells EgressPricesRow::cells() const
{
    return zipCells(kEgressColumns,
                    {QVariant::fromValue(id), QVariant::fromValue(providerId), price.fromGb,
                     nullable(price.toGb), QVariant::fromValue(price.usdPerGb.micros()),
                     price.freeGbPerMonth, price.observedOn, price.sourceUrl, price.note});
}

void EgressPricesRow::resolveIds(const StandInIds &ids)
{
    ids.resolve(id);
    ids.resolve(providerId);
}

} // namespace gpucompare
