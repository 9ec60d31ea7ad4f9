#include "GpuModelRepository.h"

#include "SqlStatements.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

/// The columns of gpu_models after id, in the order fieldValues() and readModel() use.
const QStringList &columns()
{
    static const QStringList names = {
        u"name"_s,        u"vendor"_s,         u"memory_gb"_s,         u"bf16_tflops"_s,
        u"fp8_tflops"_s,  u"bandwidth_gbps"_s, u"has_bf16"_s,          u"source_url"_s,
        u"notes"_s,       u"typical_mfu"_s,    u"typical_mfu_basis"_s, u"fp32_tflops"_s,
        u"tf32_tflops"_s, u"fp16_tflops"_s,    u"int8_tops"_s,         u"form_factor"_s,
        u"memory_type"_s, u"tdp_w"_s,          u"launch_year"_s};
    return names;
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
    const QString placeholders = QStringList(columns().size(), u"?"_s).join(u", "_s);
    QSqlQuery q = execPrepared(m_db,
                               u"INSERT INTO gpu_models (%1) VALUES (%2) RETURNING id"_s.arg(
                                   columns().join(u", "_s), placeholders),
                               fieldValues(g));
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
    QStringList assignments;
    for (const QString &column : columns())
        assignments << column + u" = ?"_s;
    QList<QVariant> values = fieldValues(merged);
    values << id;
    execPrepared(m_db, u"UPDATE gpu_models SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)),
                 values);
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

QString GpuModelRepository::selectColumns(const QString &table)
{
    QStringList qualified;
    for (const QString &column : columns())
        qualified << table + u'.' + column;
    return qualified.join(u", "_s);
}

GpuModel GpuModelRepository::readModel(const QSqlQuery &q, int first)
{
    auto at = [&](int i) {
        return q.value(first + i);
    };
    GpuModel g;
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
    return g;
}

QList<GpuModelRecord> GpuModelRepository::read(const QString &orderBy) const
{
    QHash<qint64, QStringList> aliases;
    QSqlQuery a = execPrepared(
        m_db, u"SELECT gpu_model_id, alias FROM gpu_aliases ORDER BY alias COLLATE NOCASE"_s);
    while (a.next())
        aliases[a.value(0).toLongLong()].append(a.value(1).toString());
    QList<GpuModelRecord> records;
    QSqlQuery q = execPrepared(m_db, u"SELECT g.id, %1 FROM gpu_models g ORDER BY %2"_s.arg(
                                         selectColumns(u"g"_s), orderBy));
    while (q.next()) {
        GpuModelRecord r{q.value(0).toLongLong(), readModel(q, 1)};
        r.model.aliases = aliases.value(r.id);
        records.append(r);
    }
    return records;
}

QList<GpuModel> GpuModelRepository::all() const
{
    QList<GpuModel> models;
    for (const GpuModelRecord &r : read(u"g.name"_s))
        models.append(r.model);
    return models;
}

QList<GpuModelRecord> GpuModelRepository::records() const
{
    return read(u"g.name COLLATE NOCASE"_s);
}

References GpuModelRepository::references(qint64 id) const
{
    References refs;
    QSqlQuery q =
        execPrepared(m_db,
                     u"SELECT count(*), coalesce(sum((SELECT count(*) FROM price_observations p "
                     "WHERE p.offer_id = o.id)), 0) FROM offers o WHERE o.gpu_model_id = ?"_s,
                     {id});
    if (q.next()) {
        refs.offers = q.value(0).toInt();
        refs.prices = q.value(1).toInt();
    }
    return refs;
}

int GpuModelRepository::count() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT count(*) FROM gpu_models"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace gpucompare
