#include "ServePlan.h"

#include "Translated.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::ServePlan", text);
}

} // namespace

double monthlyServingUsd(const ServeEstimate &e)
{
    if (e.monthlyCostUsd)
        return *e.monthlyCostUsd;
    const int perInstance = e.perGpuRate ? 1 : std::max(1, e.gpusPerInstance);
    const int instances = (e.gpus + perInstance - 1) / perInstance;
    return instances * perInstance * e.usdPerGpuHour * kHoursPerMonth;
}

PlanCost planCost(const PlanInputs &in)
{
    PlanCost cost;
    cost.trainingUsd = in.trainingUsd;
    cost.servingUsd = in.servingMonthlyUsd * in.months;
    const QLocale locale;
    const double gigabytes = in.weightBytes / 1e9;
    if (!in.trainingProvider.isEmpty() &&
        in.trainingProvider.compare(in.servingProvider, Qt::CaseInsensitive) == 0) {
        cost.egressPriced = true;
        cost.egressNote = tr("Trained and served at %1: the weights stay with one provider.")
                              .arg(in.trainingProvider);
    } else if (!in.egressUsdPerGb) {
        cost.egressNote = tr("Moving %1 GB of weights out of %2 is not priced: the price book "
                             "holds no egress prices, so type %2's price per GB.")
                              .arg(locale.toString(gigabytes, 'f', 1), in.trainingProvider);
    } else {
        cost.egressPriced = true;
        cost.egressUsd = gigabytes * *in.egressUsdPerGb;
        cost.egressNote =
            tr("%1 GB of weights × $%2 per GB out of %3, once.")
                .arg(locale.toString(gigabytes, 'f', 1),
                     locale.toString(*in.egressUsdPerGb, 'f', 3), in.trainingProvider);
    }
    return cost;
}

} // namespace gpucompare
