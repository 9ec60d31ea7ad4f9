#include "BookDialogs.h"

#include "BookConnection.h"
#include "BookService.h"
#include "ChartFactory.h"
#include "CompareOffersDialog.h"
#include "DataSourcesDialog.h"
#include "EgressPriceEditor.h"
#include "GpuModelEditor.h"
#include "InstanceShapeEditor.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "MarketSharePanel.h"
#include "OfferEditor.h"
#include "PriceBook.h"
#include "PriceBookEdits.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ProviderEditor.h"
#include "SnapshotEditor.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace gpucompare {

BookDialogs::BookDialogs(const Parts &parts)
    : m_parts(parts)
{}

void BookDialogs::editProviders()
{
    ProviderEditor dialog(m_parts.connection->editor(), m_parts.window);
    dialog.exec();
}

void BookDialogs::editGpuModels()
{
    GpuModelEditor dialog(m_parts.connection->editor(), m_parts.window);
    dialog.exec();
}

void BookDialogs::editInstanceShapes()
{
    InstanceShapeEditor dialog(m_parts.connection->editor(), m_parts.window);
    dialog.exec();
}

void BookDialogs::editEgressPrices()
{
    EgressPriceEditor dialog(m_parts.connection->editor(), m_parts.window);
    dialog.exec();
}

void BookDialogs::editOffers(std::optional<qint64> offerId)
{
    OfferEditor dialog(m_parts.connection->editor(), m_parts.window);
    if (offerId)
        dialog.selectRecord(*offerId);
    dialog.exec();
}

void BookDialogs::editMarketShare()
{
    SnapshotEditor dialog(m_parts.connection->editor(), m_parts.window);
    if (const MarketShareSnapshot *shown = m_parts.marketShare->currentSnapshot()) {
        // A book that cannot be read: the dialog says why itself.
        const Outcome<QList<SnapshotRecord>> records =
            snapshotRecords(m_parts.connection->book()->database());
        for (const SnapshotRecord &r : records ? records.value() : QList<SnapshotRecord>()) {
            if (r.snapshot.scope == shown->scope && r.snapshot.period == shown->period &&
                r.snapshot.sourceName == shown->sourceName)
                dialog.selectRecord(r.id);
        }
    }
    dialog.exec();
}

void BookDialogs::showDataSources()
{
    const Outcome<PriceBookData> contents = book::contents(m_parts.connection->book()->database());
    if (!contents)
        return showBookError(contents.error());
    DataSourcesDialog dialog(contents.value(), m_parts.window);
    dialog.exec();
}

void BookDialogs::compareOffers(const QList<qint64> &offerIds)
{
    if (offerIds.size() < 2 || offerIds.size() > CompareOffersDialog::kMaxOffers) {
        m_parts.window->statusBar()->showMessage(
            tr("Select two to four offers to compare (Ctrl+click or "
               "Shift+click rows), then Ctrl+D."),
            8000);
        return;
    }
    const PriceTableModel *table = m_parts.prices->model();
    CompareOffersDialog::Inputs inputs;
    for (const qint64 id : offerIds) {
        for (const OfferRow &row : table->rows()) {
            if (row.offerId == id)
                inputs.offers.append(row);
        }
    }
    const QSqlDatabase db = m_parts.connection->book()->database();
    const Outcome<QList<GpuModel>> gpus = book::gpuModels(db);
    const Outcome<QList<HistoryObservation>> history = book::priceHistory(db, offerIds);
    if (!gpus || !history)
        return showBookError(gpus ? history.error() : gpus.error());
    inputs.gpuModels = gpus.value();
    inputs.history = history.value();
    // The calculator's job on exactly these offers, whatever GPU or provider it is filtered to.
    const JobSpec job = m_parts.jobCost->form()->job();
    if (checkJob(job).ok()) {
        const CostInputs &costs = m_parts.jobCost->costInputs();
        inputs.run = estimateJob(job, inputs.offers, costs.gpus, costs.discounts);
    }
    inputs.jobDescription = ChartFactory::jobDescription(job);
    inputs.today = table->today();
    CompareOffersDialog dialog(std::move(inputs), m_parts.window);
    dialog.exec();
}

void BookDialogs::showBookError(const QString &message)
{
    QMessageBox::warning(m_parts.window, tr("Price book"), message);
}

} // namespace gpucompare
