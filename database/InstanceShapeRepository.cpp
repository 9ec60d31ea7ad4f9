#include "InstanceShapeRepository.h"

#include "GpuModelRepository.h"
#include "ProviderRepository.h"
#include "SqlStatements.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::InstanceShapeRepository", text);
}
} // namespace

bool InstanceShapeRepository::save(const InstanceShape &shape)
{
    const auto providerId = ProviderRepository(m_db).idByName(shape.provider);
    if (!providerId) {
        throw DatabaseError(tr("instance shape %1: no provider is named \"%2\"")
                                .arg(shape.instanceType, shape.provider));
    }
    QVariant gpuId(QMetaType::fromType<qint64>());
    if (!shape.gpuModel.isEmpty()) {
        const auto id = GpuModelRepository(m_db).resolve(shape.gpuModel);
        if (!id) {
            throw DatabaseError(tr("instance shape %1: no GPU model or alias is named \"%2\"")
                                    .arg(shape.instanceType, shape.gpuModel));
        }
        gpuId = *id;
    }
    QSqlQuery existing =
        execPrepared(m_db,
                     u"SELECT id, gpu_model_id, gpu_count, source_url, notes FROM instance_shapes "
                     "WHERE provider_id = ? AND instance_type = ?"_s,
                     {*providerId, shape.instanceType});
    if (!existing.next()) {
        execPrepared(
            m_db,
            u"INSERT INTO instance_shapes (provider_id, instance_type, gpu_model_id, "
            "gpu_count, source_url, notes) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {*providerId, shape.instanceType, gpuId, shape.gpuCount, shape.sourceUrl, shape.notes});
        return true;
    }
    const qint64 id = existing.value(0).toLongLong();
    auto idOrNone = [](const QVariant &v) {
        return v.isNull() ? -1 : v.toLongLong();
    };
    if (idOrNone(existing.value(1)) == idOrNone(gpuId) &&
        existing.value(2).toInt() == shape.gpuCount &&
        existing.value(3).toString() == shape.sourceUrl &&
        existing.value(4).toString() == shape.notes) {
        return false;
    }
    execPrepared(m_db,
                 u"UPDATE instance_shapes SET gpu_model_id = ?, gpu_count = ?, source_url = ?, "
                 "notes = ? WHERE id = ?"_s,
                 {gpuId, shape.gpuCount, shape.sourceUrl, shape.notes, id});
    return true;
}

QList<InstanceShapeRecord> InstanceShapeRepository::read(const QString &orderBy) const
{
    QList<InstanceShapeRecord> records;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT s.id, s.provider_id, s.gpu_model_id, p.name, s.instance_type, "
              "coalesce(g.name, ''), s.gpu_count, s.source_url, s.notes FROM instance_shapes s "
              "JOIN providers p ON p.id = s.provider_id "
              "LEFT JOIN gpu_models g ON g.id = s.gpu_model_id ORDER BY %1"_s.arg(orderBy));
    while (q.next()) {
        InstanceShapeRecord r;
        r.id = q.value(0).toLongLong();
        r.providerId = q.value(1).toLongLong();
        if (!q.isNull(2))
            r.gpuModelId = q.value(2).toLongLong();
        r.shape = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toInt(),    q.value(7).toString(), q.value(8).toString()};
        records.append(r);
    }
    return records;
}

QList<InstanceShape> InstanceShapeRepository::all() const
{
    QList<InstanceShape> shapes;
    for (const InstanceShapeRecord &r : read(u"p.name, s.instance_type COLLATE NOCASE"_s))
        shapes.append(r.shape);
    return shapes;
}

QList<InstanceShapeRecord> InstanceShapeRepository::records() const
{
    return read(u"p.name COLLATE NOCASE, s.instance_type COLLATE NOCASE"_s);
}

} // namespace gpucompare
