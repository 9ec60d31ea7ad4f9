#pragma once

#include "GpuModelRepository.h"
#include "ProviderRepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// The ids of providers and GPU models by the names a catalog or a file gives them, each looked
/// up once: import and update both write offers through it (issue 31: one path), and a catalog
/// names a handful of providers and GPUs thousands of times (issue 32: no per-row query that a
/// map answers). A name the book does not know is not remembered, so one inserted afterwards is
/// found. Throws DatabaseError on failure, like the repositories.
class BookIds final
{
public:
    explicit BookIds(const QSqlDatabase &db)
        : m_providers(db)
        , m_gpus(db)
    {}

    std::optional<qint64> provider(const QString &name);
    /// A GPU model by its name or one of its aliases.
    std::optional<qint64> gpuModel(const QString &nameOrAlias);

private:
    ProviderRepository m_providers;
    GpuModelRepository m_gpus;
    QHash<QString, qint64> m_providerIds;
    QHash<QString, qint64> m_gpuIds;
};

} // namespace gpucompare
