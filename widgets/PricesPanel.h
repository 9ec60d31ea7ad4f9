#pragma once

#include "OfferFilterBar.h"
#include "OfferRow.h"
#include "PreparedOffers.h"
#include "PriceHistory.h"

#include <QDate>
#include <QVariantMap>
#include <QWidget>
#include <functional>

class QAction;
class QLineEdit;
class QTableView;
class QLabel;
class QTabWidget;

namespace gpucompare {

class ExportableChartView;
class TableColumns;
class OfferFilterProxyModel;
class PriceTableModel;

/// Prices: every offer at its current price, per instance-hour and per GPU-hour, with filters,
/// value sorting, data-quality flags, and a bar chart of the cheapest offer per provider for
/// the chosen GPU and pricing model.
class PricesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PricesPanel(QWidget *parent = nullptr);

    void setRows(QList<OfferRow> rows, const QDate &today);
    /// Shows offers prepared off the GUI thread (prepareOffers() under the model's
    /// annotation()), keeping the filters, the sort and the current offer as setRows() does.
    /// With `fitLater` the columns are fitted to the new rows in the next turn of the event
    /// loop: the rows show a frame earlier, and the window never stops for both at once.
    void setPreparedRows(PreparedOffers prepared, bool fitLater = false);
    /// How rows must be prepared for this table: the model's annotation() and the column the
    /// table is sorted by.
    TableAnnotation tableAnnotation(const QDate &today) const;
    /// Every dated observation of the book, for the History tab.
    void setHistory(QList<HistoryObservation> observations);
    /// Where the History tab reads the observations when it is shown after a change: reading
    /// them on every edit of a large book would cost more than the edit.
    void setHistorySource(std::function<QList<HistoryObservation>()> source);
    /// After an edit of a few offers: updates their rows in place (see
    /// PriceTableModel::updateOffers), keeping the sort, filters, selection and scroll.
    void updateOffers(const QList<OfferRow> &current, const QList<qint64> &gone);

    void setGpuFilter(const QString &gpu) { m_filters->setGpu(gpu); }
    void setProviderFilter(const QString &provider) { m_filters->setProvider(provider); }
    void setPricingFilter(const QString &pricingToken) { m_filters->setPricing(pricingToken); }
    void setRegionFilter(const QString &region) { m_filters->setRegion(region); }
    void setTextFilter(const QString &text) { m_filters->setText(text); }

    /// The filters, the search and the tab on show, to carry over into a new window (a
    /// language switch builds the window again).
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);

    QString gpuFilter() const { return m_filters->gpu(); }
    /// Whether "Include stale prices" is ticked.
    bool includesStale() const { return m_filters->includesStale(); }
    QString providerFilter() const { return m_filters->provider(); }
    QString pricingFilter() const { return m_filters->pricing(); }
    /// The GPU the bar chart shows: the GPU filter, else the selected row's, else the GPU
    /// with most offers.
    QString chartGpu() const;
    PricingModel chartPricing() const;
    /// Why the chart shows chartGpu() and chartPricing() when the filters do not choose them;
    /// empty when they do.
    QString chartChoice() const;

    /// Draws the chart again (the theme changed).
    void refreshCharts() { refreshChart(); }

    PriceTableModel *model() const { return m_model; }
    OfferFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ExportableChartView *chartView() const { return m_chartView; }
    ExportableChartView *historyView() const { return m_historyView; }
    /// The chart tab on show, or null when the table is.
    ExportableChartView *visibleChartView() const;
    QTabWidget *views() const { return m_views; }
    TableColumns *columns() const { return m_columns; }
    QLineEdit *searchField() const { return m_filters->searchField(); }

    /// The selected rows as tab-separated text with a header row of the visible columns in
    /// their order: what Ctrl+C puts on the clipboard, for a spreadsheet.
    QString selectedRowsAsTsv() const;
    /// Copies selectedRowsAsTsv() to the clipboard; false when nothing is selected.
    bool copySelectedRows();
    /// The offers of the selected rows, in the table's order.
    QList<qint64> selectedOfferIds() const;
    QAction *compareAction() const { return m_compare; }
    /// Opens or closes the group of offers that differ only by region at `proxyRow`, staying
    /// on it.
    void toggleRegionGroup(int proxyRow);
    QAction *regionsAction() const { return m_regionsAction; }

Q_SIGNALS:
    /// The table shows `rows` rows standing for `offers` of the book's `total` offers.
    void visibleRowsChanged(int rows, int offers, int total);
    /// The user chose an offer (a click, or Enter on it): its GPU model, for the calculator.
    /// Moving the current row by Tab, arrows or scrolling never changes the calculator.
    void gpuSelected(const QString &gpuModel);
    /// A price typed into the table's price cell, for the undo stack to apply.
    void priceEditRequested(qint64 offerId, const QString &text);
    /// Double-click on an offer outside its price cell: open it in the offers form.
    void offerEditRequested(qint64 offerId);
    /// Compare (Ctrl+D, or the table's context menu) on the selected offers.
    void compareRequested(const QList<qint64> &offerIds);
    /// "Include stale prices" was ticked or cleared: the calculators follow it.
    void includeStaleChanged(bool include);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshChart();
    void updateRegionsAction();
    /// The filters and "Include stale prices" decide which offers compete for the ★.
    void updateCheapestScope();
    int barsThatFit() const;

    PriceTableModel *m_model = nullptr;
    OfferFilterProxyModel *m_proxy = nullptr;
    OfferFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    ExportableChartView *m_chartView = nullptr;
    ExportableChartView *m_historyView = nullptr;
    QList<HistoryObservation> m_history;
    std::function<QList<HistoryObservation>()> m_historySource;
    bool m_historyStale = false;
    QTabWidget *m_views = nullptr;
    QString m_busiestGpu;
    bool m_chartStale = false; ///< the data changed while the chart tab was hidden
    QAction *m_compare = nullptr;
    QAction *m_regionsAction = nullptr;
    QLabel *m_legend = nullptr;
    TableColumns *m_columns = nullptr;
};

} // namespace gpucompare
