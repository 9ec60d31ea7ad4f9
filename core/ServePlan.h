#pragma once

#include "ServingModel.h"

#include <QString>
#include <optional>

namespace gpucompare {

/// Train here, serve there (issue 20's Plan view): the training run's cost, then serving for a
/// number of months, plus moving the weights out of the training provider once.

/// A month of serving on this offer: the traffic's replicas when a traffic level was given,
/// else one replica around the clock, on whole instances either way.
double monthlyServingUsd(const ServeEstimate &estimate);

struct PlanInputs
{
    double trainingUsd = 0;
    QString trainingProvider;
    double servingMonthlyUsd = 0;
    QString servingProvider;
    double months = 12;
    double weightBytes = 0;               ///< what moves: the weights as served
    std::optional<double> egressUsdPerGb; ///< the training provider's, typed by the user
};

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
