#pragma once

#include "GpuNameMatcher.h"
#include "ImportPlan.h"

#include <QHash>
#include <optional>

namespace gpucompare {

/// Shared work of the catalog readers: mapping accelerator and cloud names to the price book's,
/// reading prices with reasons, folding zone rows into one offer, and keeping the tally of
/// rejected, flagged and unmapped rows in the plan.
class CatalogBuilder final
{
public:
    CatalogBuilder(ImportPlan &plan, const ImportOptions &options);

    /// The GPU model for a catalog's accelerator name (GpuNameMatcher): one of the book's, or
    /// else a part of the GPU catalog, which the plan adds with its figures. Empty (and the row
    /// rejected with the reason) when nothing matches, when several models fit, or when the
    /// family has no model of the form factor asked for. `memoryGb` are the per-GPU memory
    /// sizes the catalog may mean, most likely first; a match whose memory disagrees is flagged.
    QString gpuFor(const QString &acceleratorName, const QList<double> &memoryGb, int line,
                   const QString &formFactorHint = {});
    /// The same, with the form factor the instance type names: SkyPilot lists Lambda's
    /// gpu_1x_h100_pcie as "H100", which alone would file it as H100 SXM. A GPU model the
    /// provider's documented shape names wins over the catalog's name (SkyPilot's Azure
    /// catalog calls the H100 NVL of Standard_NC40ads_H100_v5 "H100").
    QString gpuForInstance(const QString &acceleratorName, const QList<double> &memoryGb,
                           const QString &instanceType, int line, const QString &provider = {});
    /// The price book's name for a cloud ("GCP" -> "Google Cloud"); adds the provider to the
    /// plan when the price book does not have it.
    QString providerFor(const QString &name);

    enum class Need
    {
        Required,
        Optional
    };
    /// A price in USD per instance-hour from a cell; nullopt with *why set when it is missing
    /// (and required), not a number, negative, zero, NaN or absurd.
    static std::optional<Money> price(const QString &text, const QString &column, Need need,
                                      QString *why);

    /// Adds an offer with one price, or folds it into the offer with the same provider,
    /// instance type, region and pricing (keeping the lower price).
    void addOffer(Offer offer);
    /// Adds `offer` at its on-demand price and, where the catalog gives one, at its spot price,
    /// both observed as `observation` says (date, note). Without an on-demand price that half is
    /// rejected with `why`; a spot price at or above on-demand is flagged.
    void addOnDemandAndSpot(int line, Offer offer, const std::optional<Money> &onDemand,
                            const std::optional<Money> &spot, const QString &why,
                            const PriceObservation &observation);
    /// The price book's shape of an instance type of a provider (ignoring case), or null.
    const InstanceShape *shapeOf(const QString &provider, const QString &instanceType) const;
    /// The GPU count of an instance type: its shape's, or what its name says; nullopt if neither.
    std::optional<int> knownGpuCount(const QString &provider, const QString &instanceType) const;
    /// Flags a row whose GPU count contradicts the known shape of its instance type, and takes
    /// the known count, saying so in the offer's notes.
    void checkGpuCount(int line, Offer &offer);
    void reject(int line, const QString &reason);
    void flag(int line, const QString &reason);
    /// Moves the offers into the plan, noting how many rows each one folds.
    void finish();

private:
    /// A GPU model for a name the book does not know, added to the plan (price updates only).
    QString addUnknownGpu(const QString &acceleratorName, std::optional<double> memoryGb);
    /// The GPU catalog's part for a name the book does not know, added to the plan.
    GpuNameMatcher::Match gpuFromCatalog(const QString &raw, const QList<double> &memoryGb,
                                         const QString &formFactorHint);
    const GpuNameMatcher &catalog();
    void flagMemory(int line, const QString &raw, const QString &model,
                    const QList<double> &memoryGb);

    ImportPlan &m_plan;
    const ImportOptions &m_options;
    GpuNameMatcher m_matcher; ///< the book's models
    /// The GPU catalog's parts, read on the first name the book does not know.
    std::optional<GpuNameMatcher> m_catalog;
    QHash<QString, GpuNameMatcher::Match> m_matched; ///< name|form factor|memory -> match
    QHash<QString, qsizetype> m_offerIndex;          ///< offer key -> index in m_offers
    QList<Offer> m_offers;
    QList<int> m_foldedRows;                        ///< per offer, how many rows it stands for
    QHash<QString, QString> m_providerNames;        ///< lower-case name -> price book name
    QHash<QString, const InstanceShape *> m_shapes; ///< lower-case provider|type -> shape
};

/// The SkyPilot and FSDL names for clouds, mapped to the bundled price book's provider names.
QString canonicalProviderName(const QString &name);

} // namespace gpucompare
