#include "BookIds.h"

namespace gpucompare {

namespace {
template <typename Lookup>
std::optional<qint64> remembered(QHash<QString, qint64> &ids, const QString &name, Lookup lookup)
{
    if (const auto it = ids.constFind(name); it != ids.cend())
        return it.value();
    const std::optional<qint64> id = lookup(name);
    if (id)
        ids.insert(name, *id);
    return id;
}
} // namespace

std::optional<qint64> BookIds::provider(const QString &name)
{
    return remembered(m_providerIds, name,
                      [this](const QString &n) { return m_providers.idByName(n); });
}

std::optional<qint64> BookIds::gpuModel(const QString &nameOrAlias)
{
    return remembered(m_gpuIds, nameOrAlias,
                      [this](const QString &n) { return m_gpus.resolve(n); });
}

} // namespace gpucompare
