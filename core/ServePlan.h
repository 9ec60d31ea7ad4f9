#pragma once

#include "PriceBookData.h"
#include "ServingModel.h"

#include <QString>
#include <optional>

namespace gpucompare {

/// Train here, serve there (issue 20's Plan view): the training run's cost, then serving for a
/// number of months, plus moving the weights out of the training provider once.

/// A month of serving on this offer: the traffic's replicas when a traffic level was given,
/// else one replica around the clock, on whole machines either way (the estimate's usdPerHour,
/// from priceReplicas(): the Serving tab and the Plan give the same dollars per hour).
double monthlyServingUsd(const ServeEstimate &estimate);

struct PlanInputs
{
    double trainingUsd = 0;
    QString trainingProvider;
    double servingMonthlyUsd = 0;
    QString servingProvider;
    double months = 12;
    double weightBytes = 0;               ///< what moves: the weights as served
    std::optional<double> egressUsdPerGb; ///< typed by the user: wins over the book's prices
    QList<EgressPrice> egressPrices;      ///< the price book's, every provider's tiers
};

/// What moving data out of one provider costs, from the book's egress tiers.
struct EgressQuote
{
    bool priced = false;
    double usd = 0;
    QString how; ///< the arithmetic and the source, as the user reads it
};

/// Moving `gigabytes` out of `provider` in one month: the free allowance first, then each tier's
/// price for the gigabytes within it. Not priced when the book has no tier for the provider, or
/// the volume reaches past its last priced tier.
EgressQuote egressCost(const QList<EgressPrice> &prices, const QString &provider, double gigabytes);

struct PlanCost
{
    double trainingUsd = 0;
    double servingUsd = 0;
    double egressUsd = 0;
    /// Why the egress is what it is: "same provider", "not priced", or the arithmetic.
    QString egressNote;
    bool egressPriced = false;

    double totalUsd() const { return trainingUsd + servingUsd + egressUsd; }
};

PlanCost planCost(const PlanInputs &inputs);

} // namespace gpucompare
