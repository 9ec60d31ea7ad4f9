#include "GpuModelRows.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

const QStringList &GpuModelsRow::modelColumns()
{
    static const QStringList names = {
        u"name"_s,        u"vendor"_s,         u"memory_gb"_s,         u"bf16_tflops"_s,
        u"fp8_tflops"_s,  u"bandwidth_gbps"_s, u"has_bf16"_s,          u"source_url"_s,
        u"notes"_s,       u"typical_mfu"_s,    u"typical_mfu_basis"_s, u"fp32_tflops"_s,
        u"tf32_tflops"_s, u"fp16_tflops"_s,    u"int8_tops"_s,         u"form_factor"_s,
        u"memory_type"_s, u"tdp_w"_s,          u"launch_year"_s};
    return names;
}

QVariantList GpuModelsRow::modelValues(const GpuModel &g)
{
    return {g.name,
            g.vendor,
            nullable(g.memoryGb),
            nullable(g.bf16Tflops),
            nullable(g.fp8Tflops),
            nullable(g.bandwidthGbps),
            g.hasBf16 ? 1 : 0,
            g.sourceUrl,
            g.notes,
            nullable(g.typicalMfu),
            g.typicalMfuBasis,
            nullable(g.fp32Tflops),
            nullable(g.tf32Tflops),
            nullable(g.fp16Tflops),
            nullable(g.int8Tops),
            g.formFactor,
            g.memoryType,
            nullable(g.tdpWatts),
            g.launchYear ? QVariant(*g.launchYear) : QVariant(QMetaType::fromType<int>())};
}

QString GpuModelsRow::columns(SqlDialect, const QString &prefix)
{
    return prefix + u"id, "_s + prefixedColumns(modelColumns(), prefix);
}

GpuModelsRow GpuModelsRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) {
        return q.value(first + 1 + i);
    };
    GpuModelsRow row;
    row.id = q.value(first).toLongLong();
    GpuModel &g = row.model;
    g.name = at(0).toString();
    g.vendor = at(1).toString();
    g.memoryGb = optionalDouble(at(2));
    g.bf16Tflops = optionalDouble(at(3));
    g.fp8Tflops = optionalDouble(at(4));
    g.bandwidthGbps = optionalDouble(at(5));
    g.hasBf16 = at(6).toInt() != 0;
    g.sourceUrl = at(7).toString();
    g.notes = at(8).toString();
    g.typicalMfu = optionalDouble(at(9));
    g.typicalMfuBasis = at(10).toString();
    g.fp32Tflops = optionalDouble(at(11));
    g.tf32Tflops = optionalDouble(at(12));
    g.fp16Tflops = optionalDouble(at(13));
    g.int8Tops = optionalDouble(at(14));
    g.formFactor = at(15).toString();
    g.memoryType = at(16).toString();
    g.tdpWatts = optionalDouble(at(17));
    if (!at(18).isNull())
        g.launchYear = at(18).toInt();
    return row;
}

Cells GpuModelsRow::cells() const
{
    return zipCells(QStringList{u"id"_s} + modelColumns(),
                    QVariantList{QVariant::fromValue(id)} + modelValues(model));
}

QString GpuAliasesRow::columns(SqlDialect dialect, const QString &prefix)
{
    const QString named = prefixedColumns({u"alias"_s, u"gpu_model_id"_s}, prefix);
    return (dialect == SqlDialect::Sqlite ? prefix + u"rowid, "_s : u"NULL, "_s) + named;
}

GpuAliasesRow GpuAliasesRow::read(const QSqlQuery &q, int first)
{
    GpuAliasesRow row{q.value(first + 1).toString(), q.value(first + 2).toLongLong(), {}};
    if (!q.value(first).isNull())
        row.rowid = q.value(first).toLongLong();
    return row;
}

Cells GpuAliasesRow::cells() const
{
    Cells cells = {{u"alias"_s, alias}, {u"gpu_model_id"_s, QVariant::fromValue(gpuModelId)}};
    if (rowid)
        cells.append({u"rowid"_s, QVariant::fromValue(*rowid)});
    return cells;
}

} // namespace gpucompare
