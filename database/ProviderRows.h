#pragma once

#include "PriceBookData.h"
#include "RowStore.h"

#include <QSqlQuery>
#include <optional>

namespace gpucompare {

// The rows of the provider tables, every column: each type's columns(), read() and cells() are
// its table's one mapping (RowStore.h), for the repositories' reads and the edits alike.

/// A row of providers.
struct ProvidersRow
{
    static constexpr RowTable kTable{"providers", "id", RowKey::OwnId};

    qint64 id = 0;
    QString name;
    QString kind;
    QString website;
    QString notes;

    /// "id, name, ..." (each after `prefix`), read back by read() from column `first` on.
    static QString columns(SqlDialect dialect, const QString &prefix);
    static ProvidersRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids) { ids.resolve(id); }
    friend bool operator==(const ProvidersRow &, const ProvidersRow &) = default;
};

/// A row of provider_discounts (a provider without a discount has none).
struct ProviderDiscountsRow
{
    static constexpr RowTable kTable{"provider_discounts", "provider_id", RowKey::ParentId};

    qint64 providerId = 0;
    double discountPercent = 0;

    static QString columns(SqlDialect dialect, const QString &prefix);
    static ProviderDiscountsRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(providerId); }
    void resolveIds(const StandInIds &ids) { ids.resolve(providerId); }
    friend bool operator==(const ProviderDiscountsRow &, const ProviderDiscountsRow &) = default;
};

/// A row of instance_shapes.
struct InstanceShapesRow
{
    static constexpr RowTable kTable{"instance_shapes", "id", RowKey::OwnId};

    qint64 id = 0;
    qint64 providerId = 0;
    QString instanceType;
    std::optional<qint64> gpuModelId; ///< empty: only the GPU count is known
    int gpuCount = 1;
    QString sourceUrl;
    QString notes;

    static QString columns(SqlDialect dialect, const QString &prefix);
    static InstanceShapesRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids);
    friend bool operator==(const InstanceShapesRow &, const InstanceShapesRow &) = default;
};

/// A row of egress_prices.
struct EgressPricesRow
{
    static constexpr RowTable kTable{"egress_prices", "id", RowKey::OwnId};

    qint64 id = 0;
    qint64 providerId = 0;
    EgressPrice price; ///< its own columns; price.provider (a name) is not one and stays empty

    static QString columns(SqlDialect dialect, const QString &prefix);
    static EgressPricesRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids);
    friend bool operator==(const EgressPricesRow &, const EgressPricesRow &) = default;
};

} // namespace gpucompare
