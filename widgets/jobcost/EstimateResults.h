#pragma once

#include "CostModel.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QScrollArea;

namespace gpucompare {

class ExportableChartView;

/// The lower half of both calculators (training and serving): a bold summary line, muted
/// notes, provider and pricing filters, and the results as a table and a chart in tabs.
/// Object names start with the calculator's prefix ("jobSummary", "serveTable", ...).
class EstimateResults final : public QWidget
{
    Q_OBJECT

public:
    EstimateResults(const QString &prefix, QWidget *parent = nullptr);

    /// The table shows `model`, sorted by `sortColumn` ascending, numbers by the model's rules.
    void setModel(QAbstractItemModel *model, int sortColumn);
    /// Fills the provider filter with the providers of `rows`, keeping the current choice.
    void setProviders(const QList<OfferRow> &rows);
    /// The provider and pricing the filters ask for, into `selection`.
    void applyFilters(OfferSelection &selection) const;
    /// Shows `shown` under the summary, the details of what was left out on hover.
    void setNotes(const QStringList &shown, const QStringList &onHover);
    /// Lists under the results the offers the run left out, by GPU model and reason; hidden
    /// when none was.
    void setLeftOut(const QList<LeftOut> &leftOut);

    QLabel *summary() const { return m_summary; }
    QComboBox *providerFilter() const { return m_provider; }
    QComboBox *pricingFilter() const { return m_pricing; }
    QTableView *table() const { return m_table; }
    ExportableChartView *chartView() const { return m_chartView; }
    QTabWidget *views() const { return m_views; }
    /// One line per GPU model and reason: "347 offers of H100 SXM 80GB: the price book has …".
    QLabel *leftOutList() const { return m_leftOut; }
    QLabel *leftOutTitle() const { return m_leftOutTitle; }
    bool chartShown() const;

    /// The calculator's form (scrolling) above `results`, each side keeping some height.
    static QSplitter *formAbove(QWidget *form, QWidget *results, const QString &prefix);

Q_SIGNALS:
    /// The provider or pricing filter changed.
    void filtersChanged();
    /// The Chart tab came into view.
    void chartTabShown();

private:
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_pricing = nullptr;
    QTableView *m_table = nullptr;
    ExportableChartView *m_chartView = nullptr;
    QTabWidget *m_views = nullptr;
    QLabel *m_leftOutTitle = nullptr;
    QLabel *m_leftOut = nullptr;
    QScrollArea *m_leftOutScroll = nullptr;
};

} // namespace gpucompare
