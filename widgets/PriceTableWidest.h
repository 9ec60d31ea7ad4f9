#pragma once

#include "OfferRow.h"
#include "ShortNames.h"

#include <QCoreApplication>
#include <QDate>
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

    /// Candidates for the widest text of `column` (a PriceTableColumns column); ages counted
    /// up to `today`.
    QStringList texts(int column, const QDate &today) const;

private:
    const QList<OfferRow> &m_rows;
    const ShortGpuNames &m_shortGpus;
    ShownText m_shown;
    QLocale m_locale;
};

} // namespace gpucompare
