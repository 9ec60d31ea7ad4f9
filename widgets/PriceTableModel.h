#pragma once

#include "OfferRow.h"

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
    enum Column
    {
        Provider,
        Gpu,
        Instance,
        Gpus,
        Region,
        Pricing,
        UsdPerInstanceHour,
        UsdPerGpuHour,
        AboveCheapest,
        ObservedOn,
        Source,
        Flags,
        Vcpus,
        RamGb,
        Interconnect,
        UsdPerPflopHour, ///< price per GPU-hour / dense peak: the price of work done
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit PriceTableModel(QObject *parent = nullptr);

    void setRows(QList<OfferRow> rows, const QDate &today);
    /// After an edit of a few offers: their rows replaced (or added), the gone ones removed,
    /// every row annotated again, and only rows whose shown values changed reported, so views
    /// and the sorted proxy above stay put instead of resetting 100,000 rows.
    void updateOffers(const QList<OfferRow> &current, const QList<qint64> &gone);
    const QList<OfferRow> &rows() const { return m_rows; }
    const QDate &today() const { return m_today; }
    const OfferRow &rowAt(int row) const { return m_rows.at(row); }

    /// Sorting and searching at catalog scale: typed comparisons and a prepared lower-case
    /// haystack per row, where going through QVariant and case folding per call would make a
    /// keystroke at 100,000 offers take several frames.
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// Negative, zero or positive as the left row's value in `column` is below, equal to or
    /// above the right row's.
    int compare(int leftRow, int rightRow, int column) const;
    /// Whether provider, GPU, instance, region or pricing term contain `foldedNeedle`, which
    /// must already be case-folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedNeedle) const;

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

private:
    QList<OfferRow> m_rows;
    /// Per row, case-folded searchable text; built on the first search, not on every load.
    mutable QStringList m_haystacks;
    /// What rowContains() searches for one row.
    static QString haystackOf(const OfferRow &row);
    QLocale m_locale;
    QDate m_today;
};

} // namespace gpucompare
