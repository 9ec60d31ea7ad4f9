#include "GpuModelRepository.h"

#include "GpuModelRows.h"
#include "SqlStatements.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

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
    const QString placeholders =
        QStringList(GpuModelsRow::modelColumns().size(), u"?"_s).join(u", "_s);
    QSqlQuery q = execPrepared(m_db,
                               u"INSERT INTO gpu_models (%1) VALUES (%2) RETURNING id"_s.arg(
                                   GpuModelsRow::modelColumns().join(u", "_s), placeholders),
                               GpuModelsRow::modelValues(g));
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
    for (const QString &column : GpuModelsRow::modelColumns())
        assignments << column + u" = ?"_s;
    QList<QVariant> values = GpuModelsRow::modelValues(merged);
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

QList<GpuModelRecord> GpuModelRepository::read(const QString &orderBy) const
{
    QHash<qint64, QStringList> aliases;
    QSqlQuery a = execPrepared(
        m_db, u"SELECT gpu_model_id, alias FROM gpu_aliases ORDER BY alias COLLATE NOCASE"_s);
    while (a.next())
        aliases[a.value(0).toLongLong()].append(a.value(1).toString());
    QList<GpuModelRecord> records;
    QSqlQuery q = execPrepared(m_db, u"SELECT %1 FROM gpu_models g ORDER BY %2"_s.arg(
                                         GpuModelsRow::columns(dialectOf(m_db), u"g."_s), orderBy));
    while (q.next()) {
        GpuModelsRow row = GpuModelsRow::read(q, 0);
        GpuModelRecord r{row.id, std::move(row.model)};
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
