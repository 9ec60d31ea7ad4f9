#pragma once

#include "CostModel.h"
#include "OfferRow.h"
#include "Outcome.h"
#include "PriceBookData.h"
#include "PriceHistory.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace gpucompare {

/// Offers side by side (two to four): the GPU and its peak, memory and bandwidth, the machine,
/// region, pricing, price history as a sparkline, age and source, and for the calculator's
/// current job each offer's wall-clock time and total cost. The best value of each numeric row
/// is marked and the others show how far off they are; rows that differ are tinted. Exports
/// to PNG like every chart.
class CompareOffersDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Inputs
    {
        QList<OfferRow> offers;
        QList<GpuModel> gpuModels;
        QList<HistoryObservation> history; ///< of these offers (others are ignored)
        EstimateRun run;                   ///< the calculator's current job on every offer
        QString jobDescription;
        QDate today = QDate::currentDate();
    };

    explicit CompareOffersDialog(Inputs inputs, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Renders the comparison to a PNG file; a failure says why when it cannot be written.
    Status exportPng(const QString &path);

    static constexpr int kMaxOffers = 4;

private:
    void fill();
    void fitRows();
    void exportWithDialog();

    Inputs m_inputs;
    QTableWidget *m_table = nullptr;
    int m_historyRow = 0;
};

} // namespace gpucompare
