#pragma once

#include "OfferRow.h"
#include "ShortNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <functional>

namespace gpucompare {

/// The texts that may be the widest of each price-table column (kWidestTextRole, issue 30's
/// column policy): from every row, not the first screenful, so no price, age or flag is ever
/// cut. Distinct values first (a few dozen), each formatted once.
class PriceTableWidest final
{
    // The same words as the model's cells ("★", "undated"), in the model's context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::PriceTableModel)

public:
    /// A cell's text as the table shows it.
    using ShownText = std::function<QString(int row, int column)>;

    /// `rows` and `shortGpus` must outlive this (the model's own).
    PriceTableWidest(const QList<OfferRow> &rows, const ShortGpuNames &shortGpus, ShownText shown);

    /// The Pricing or Observed On cell of a row as the price table shows it (ages up to
    /// `today`); any thread.
    static QString shownText(const OfferRow &r, int column, const QDate &today);

    /// Candidates for the widest text of `column` (a PriceTableColumns column); ages counted
    /// up to `today`.
    QStringList texts(int column, const QDate &today) const;

    /// The texts of the columns whose widest text depends on the rows alone (not on the
    /// display currency, which the GUI thread may change meanwhile): any thread, for adopt().
    struct Prepared
    {
        QDate today;
        QHash<int, QStringList> texts; ///< by column
    };
    Prepared prepare(const QDate &today) const;
    /// Takes what prepare() computed over the rows this now follows, until forget().
    void adopt(Prepared prepared) { m_prepared = std::move(prepared); }
    /// The rows changed.
    void forget() { m_prepared = {}; }

private:
    const QList<OfferRow> &m_rows;
    const ShortGpuNames &m_shortGpus;
    ShownText m_shown;
    QLocale m_locale;
    Prepared m_prepared;
};

} // namespace gpucompare
