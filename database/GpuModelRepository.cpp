#include "GpuModelRepository.h"

#include "DatabaseError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QList<QVariant> fieldValues(const GpuModel &g)
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
            g.typicalMfuBasis};
}

} // namespace

std::optional<qint64> GpuModelRepository::idByName(const QString &name) const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT id FROM gpu_models WHERE name = ?"_s, {name});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> GpuModelRepository::resolve(const QString &nameOrAlias) const
{
    if (const auto id = idByName(nameOrAlias))
        return id;
    QSqlQuery q = execPrepared(m_db, u"SELECT gpu_model_id FROM gpu_aliases WHERE alias = ?"_s,
                               {nameOrAlias});
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery byName = execPrepared(
        m_db, u"SELECT id FROM gpu_models WHERE name = ? COLLATE NOCASE"_s, {nameOrAlias});
    if (byName.next())
        return byName.value(0).toLongLong();
    return std::nullopt;
}

qint64 GpuModelRepository::insert(const GpuModel &g)
{
    const auto v = fieldValues(g);
    QSqlQuery q =
        execPrepared(m_db,
                     u"INSERT INTO gpu_models (name, vendor, memory_gb, bf16_tflops, fp8_tflops, "
                     "bandwidth_gbps, has_bf16, source_url, notes, typical_mfu, typical_mfu_basis) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                     {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]});
    const qint64 id = insertedId(q);
    addAliases(id, g.aliases);
    return id;
}

bool GpuModelRepository::update(qint64 id, const GpuModel &g)
{
    const auto models = all();
    GpuModel current;
    for (const GpuModel &m : models) {
        if (idByName(m.name) == id)
            current = m;
    }
    GpuModel merged = g;
    for (const QString &alias : std::as_const(current.aliases)) {
        if (!merged.aliases.contains(alias, Qt::CaseInsensitive))
            merged.aliases.append(alias);
    }
    merged.aliases.sort(Qt::CaseInsensitive);
    current.aliases.sort(Qt::CaseInsensitive);
    // A file from before typical MFU was recorded says nothing about it: keep the book's.
    if (!merged.typicalMfu) {
        merged.typicalMfu = current.typicalMfu;
        merged.typicalMfuBasis = current.typicalMfuBasis;
    }
    if (current == merged)
        return false;
    const auto v = fieldValues(merged);
    execPrepared(m_db,
                 u"UPDATE gpu_models SET name = ?, vendor = ?, memory_gb = ?, bf16_tflops = ?, "
                 "fp8_tflops = ?, bandwidth_gbps = ?, has_bf16 = ?, source_url = ?, notes = ?, "
                 "typical_mfu = ?, typical_mfu_basis = ? WHERE id = ?"_s,
                 {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], id});
    addAliases(id, g.aliases);
    return true;
}

void GpuModelRepository::addAliases(qint64 id, const QStringList &aliases)
{
    for (const QString &alias : aliases) {
        QSqlQuery owner =
            execPrepared(m_db, u"SELECT gpu_model_id FROM gpu_aliases WHERE alias = ?"_s, {alias});
        if (owner.next()) {
            if (owner.value(0).toLongLong() == id)
                continue;
            throw DatabaseError(
                QCoreApplication::translate("gpucompare::GpuModelRepository",
                                            "the alias \"%1\" already belongs to another GPU model")
                    .arg(alias));
        }
        execPrepared(m_db, u"INSERT INTO gpu_aliases (alias, gpu_model_id) VALUES (?, ?)"_s,
                     {alias, id});
    }
}

bool GpuModelRepository::addAlias(qint64 id, const QString &alias)
{
    QSqlQuery owner =
        execPrepared(m_db, u"SELECT gpu_model_id FROM gpu_aliases WHERE alias = ?"_s, {alias});
    if (owner.next() && owner.value(0).toLongLong() == id)
        return false;
    addAliases(id, {alias});
    return true;
}

QList<GpuModel> GpuModelRepository::all() const
{
    QList<GpuModel> models;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT id, name, vendor, memory_gb, bf16_tflops, fp8_tflops, bandwidth_gbps, "
              "has_bf16, source_url, notes, typical_mfu, typical_mfu_basis FROM gpu_models "
              "ORDER BY name"_s);
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        GpuModel g;
        g.name = q.value(1).toString();
        g.vendor = q.value(2).toString();
        g.memoryGb = optionalDouble(q.value(3));
        g.bf16Tflops = optionalDouble(q.value(4));
        g.fp8Tflops = optionalDouble(q.value(5));
        g.bandwidthGbps = optionalDouble(q.value(6));
        g.hasBf16 = q.value(7).toInt() != 0;
        g.sourceUrl = q.value(8).toString();
        g.notes = q.value(9).toString();
        g.typicalMfu = optionalDouble(q.value(10));
        g.typicalMfuBasis = q.value(11).toString();
        models.append(g);
    }
    for (qsizetype i = 0; i < models.size(); ++i) {
        QSqlQuery a = execPrepared(
            m_db,
            u"SELECT alias FROM gpu_aliases WHERE gpu_model_id = ? ORDER BY alias COLLATE NOCASE"_s,
            {ids.at(i)});
        while (a.next())
            models[i].aliases.append(a.value(0).toString());
    }
    return models;
}

int GpuModelRepository::count() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT count(*) FROM gpu_models"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace gpucompare
