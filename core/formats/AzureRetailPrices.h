#pragma once

#include "CatalogBuilder.h"
#include "ImportPlan.h"

#include <QByteArray>

namespace gpucompare {

/// Microsoft's Azure Retail Prices API (https://prices.azure.com/api/retail/prices): JSON pages
/// of up to 1,000 price items linked by NextPageLink. Only GPU virtual machines are offers here:
/// N-series SKUs, Linux (Windows products are left out), Consumption as on-demand or, with
/// "Spot" in the SKU name, spot; Low Priority and Dev/Test prices are left out; Reservation
/// items are reserved offers whose price covers the whole term. The API names no GPU, so each
/// SKU is mapped through the price book's instance shapes; SKUs without one are listed as
/// unmapped, never guessed.
class AzureRetailPricesReader final
{
public:
    /// The provider name the price book files Azure under.
    static QString providerName();
    /// The hours a reservation term is divided by: 365 days of 24 hours per year of the term.
    static constexpr int kHoursPerYear = 365 * 24;

    AzureRetailPricesReader(ImportPlan &plan, const ImportOptions &options);

    /// A page's NextPageLink, or empty (last page, or not a page at all).
    static QString nextPageLink(const QByteArray &json);

    /// Reads one page into the plan. Returns its NextPageLink (empty on the last page); on a
    /// body that is not a page of this API, sets the plan's error and returns empty.
    QString readPage(const QByteArray &json, const QString &pageName);
    /// Moves the offers into the plan; call once after the last page.
    void finish();

private:
    void readItem(const QJsonObject &item, int number);

    ImportPlan &m_plan;
    const ImportOptions &m_options;
    CatalogBuilder m_builder;
    QString m_provider;
    int m_items = 0; ///< items read so far over all pages: an item's "line" in messages
};

} // namespace gpucompare
