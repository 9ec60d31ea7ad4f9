#pragma once

#include "DataQuality.h"
#include "OfferRow.h"
#include "OfferSearchIndex.h"
#include "PreparedOffers.h"
#include "PriceTableColumns.h"
#include "PriceTableOrder.h"
#include "PriceTableWidest.h"
#include "RegionGroupIndex.h"
#include "ShortNames.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>

namespace gpucompare {

/// The offers of the price book at their current price: every row in memory (no SQL model,
/// so no 256-row fetch limit), numbers exposed under Qt::UserRole for sorting by value.
class PriceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns (PriceTableColumns.h) by name: PriceTableModel::Provider, ...
    using Column = PriceTableColumns::Column;
    using enum PriceTableColumns::Column;
    static constexpr int SortRole = Qt::UserRole;
    /// A cell's whole text: the full provider and GPU names where the cell shows short forms
    /// (for the copy of rows); other cells as shown.
    static constexpr int FullTextRole = Qt::UserRole + 1;

    explicit PriceTableModel(QObject *parent = nullptr);

    void setRows(QList<OfferRow> rows, const QDate &today);
    /// Rows prepared off the GUI thread (prepareOffers() under annotation(today)): swapped in
    /// as they are, or annotated again when the table's settings changed meanwhile.
    void setPreparedRows(PreparedOffers prepared);
    /// How the rows are annotated now, counting standings on `today`.
    TableAnnotation annotation(const QDate &today) const;
    /// After an edit of a few offers: their rows replaced (or added), the gone ones removed,
    /// every row annotated again, and only rows whose shown values changed reported, so views
    /// and the sorted proxy above stay put instead of resetting 100,000 rows.
    void updateOffers(const QList<OfferRow> &current, const QList<qint64> &gone);
    /// Which offers compete for the ★ and "vs ★" (the filters the user set; empty: all), and
    /// whether stale prices may win (markCheapest()). Marks the rows again at once.
    void setCheapestScope(CheapestScope scope, bool includeStale);
    bool includesStale() const { return m_includeStale; }
    /// The freshness window in days (kDefaultMaxAgeDays unless set): prices last seen longer
    /// ago are stale. Applies from the next setRows().
    void setMaxAgeDays(int days)
    {
        m_maxAgeDays = days;
        ++m_annotationRevision;
    }
    int maxAgeDays() const { return m_maxAgeDays; }
    const QList<OfferRow> &rows() const { return m_rows; }
    const QDate &today() const { return m_today; }
    const OfferRow &rowAt(int row) const { return m_rows.at(row); }

    /// Sorting and searching at catalog scale: typed comparisons and a prepared lower-case
    /// haystack per row, where going through QVariant and case folding per call would make a
    /// keystroke at 100,000 offers take several frames.
    bool lessThan(int leftRow, int rightRow, int column) const
    {
        return m_order.lessThan(leftRow, rightRow, column);
    }
    /// Negative, zero or positive as the left row's value in `column` is below, equal to or
    /// above the right row's.
    int compare(int leftRow, int rightRow, int column) const
    {
        return m_order.compare(leftRow, rightRow, column);
    }
    /// Whether provider, GPU, instance, region or pricing term contain `foldedNeedle`, which
    /// must already be case-folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedNeedle) const
    {
        return m_search.contains(row, foldedNeedle);
    }

    /// The group of offers that differ from this row's only by region (RegionGroups.h), as a
    /// number from 0 to regionGroupCount() - 1. Computed on first use after a change.
    int regionGroup(int row) const { return m_groups.groupOf(row); }
    int regionGroupCount() const { return m_groups.count(); }
    /// The rows of one group, in model order.
    QList<int> regionGroupRows(int group) const { return m_groups.rowsOf(group); }
    /// Grows by one whenever a row changes, before the model says so: caches over the rows
    /// (the filter's) compare it to know they are out of date.
    quint64 revision() const { return m_revision; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The price cell is editable in place; the model never changes itself: a valid entry is
    /// handed on as priceEditRequested and comes back through the undo stack and a reload.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    /// The user typed a new price for an offer in the table (text as typed, in their locale).
    void priceEditRequested(qint64 offerId, const QString &text);
    /// After updateOffers(): which offers belong together, or a member's region, changed, so
    /// a filter that shows one row per group must look at every row again.
    void regionGroupsChanged();

private:
    QList<OfferRow> m_rows;
    ShortGpuNames m_shortGpus; ///< the GPU cells' short forms, unique among the rows' GPUs
    void refreshShortGpuNames();
    /// "US$2.95, at 1 USD = 7.2163 CNY (…)": a price cell's tooltip in another currency.
    QString convertedPriceTip(const OfferRow &r, bool perGpuHour) const;
    RegionGroupIndex m_groups{m_rows};
    PriceTableOrder m_order;
    PriceTableWidest m_widest; ///< kWidestTextRole's texts
    OfferSearchIndex m_search{m_rows};
    QLocale m_locale;
    QDate m_today;
    int m_maxAgeDays = kDefaultMaxAgeDays;
    CheapestScope m_cheapestScope;
    bool m_includeStale = false;
    /// annotateOffers() and markCheapest() in this model's window and scope.
    void annotate(QList<OfferRow> &rows) const;

    void rowsTouched()
    {
        ++m_revision;
        m_groups.forget();
        m_order.forget();
        m_widest.forget();
    }
    quint64 m_revision = 0;
    quint64 m_annotationRevision = 0; ///< grows when the scope, window or stale choice changes
};

} // namespace gpucompare
