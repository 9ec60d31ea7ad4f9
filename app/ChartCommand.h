#pragma once

#include "CliCommand.h"

#include <QSqlDatabase>

class QChart;

namespace gpucompare {

/// export-chart: one of the window's charts drawn from the price book into a PNG file.
class ChartCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    int run();

private:
    /// A chart and the footer printed under it.
    struct Drawing
    {
        QChart *chart = nullptr;
        QString footer;
    };
    // Each draws its kind of chart into `drawing`: 0, or the exit status of what it reported.
    int drawJobCost(const QSqlDatabase &db, Drawing &drawing) const;
    int drawServeCost(const QSqlDatabase &db, Drawing &drawing) const;
    /// prices or price-history.
    int drawPrices(const QSqlDatabase &db, const QString &chartName, Drawing &drawing) const;
    /// market-share or market-trend.
    int drawMarketShare(const QSqlDatabase &db, const QString &chartName, Drawing &drawing) const;
};

} // namespace gpucompare
