#pragma once

#include "GpuModelRows.h"
#include "MarketShareRows.h"
#include "OfferRows.h"
#include "Outcome.h"
#include "ProviderRows.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <variant>

namespace gpucompare {

/// One row as it is before and after an edit; an absent side means the row does not exist on
/// that side (an insert has no "before", a delete no "after").
template <typename Row> struct Change
{
    std::optional<Row> before;
    std::optional<Row> after;

    /// The row's key (its id, alias or provider_id), or a stand-in id from newRowId() for a
    /// row not yet created.
    QVariant key() const { return after ? after->key() : before->key(); }
};

/// A change to a row of any table we edit, parents' tables first.
using TableChange =
    std::variant<Change<ProvidersRow>, Change<ProviderDiscountsRow>, Change<GpuModelsRow>,
                 Change<GpuAliasesRow>, Change<OffersRow>, Change<PriceObservationsRow>,
                 Change<MarketShareSnapshotsRow>, Change<MarketShareEntriesRow>,
                 Change<InstanceShapesRow>, Change<EgressPricesRow>>;

/// A change to the price book that can be applied and reverted exactly, as whole rows.
///
/// Edits keep typed rows of every column (RowStore.h) rather than the repositories' value
/// types so that undo gives back every column byte for byte, including rows a delete takes
/// with it (an offer's price history, the market-share entries that pointed at a deleted
/// provider). Builders in PriceBookEdits.h read the "before" rows; the widgets never see SQL.
class PriceBookEdit final
{
public:
    enum class Direction
    {
        Forward, ///< to the "after" rows (do, redo)
        Back     ///< to the "before" rows (undo)
    };

    PriceBookEdit() = default;
    explicit PriceBookEdit(QString name)
        : m_name(std::move(name))
    {}

    /// What the user did, for Edit › Undo ("Change price of p5.48xlarge").
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const QList<TableChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    /// Adds a change of one row, unless both sides are the same. Parents go before children
    /// (providers before offers before prices): rows are written in this order and deleted in
    /// the reverse one.
    template <typename Row> void add(std::optional<Row> before, std::optional<Row> after)
    {
        if (before != after)
            m_changes.append(Change<Row>{std::move(before), std::move(after)});
    }
    /// Adds another edit's changes after these, making both one step of the undo history.
    void append(const PriceBookEdit &other) { m_changes.append(other.m_changes); }

    /// The id of the row of the edit's first change (0 when it has none): once written, the
    /// id the book gave a record the edit added.
    qint64 firstRowId() const;
    /// The offers whose own rows or prices the edit changes, each once, in order of id.
    QList<qint64> offerIds() const;
    /// Whether the edit changes nothing but offers and their prices.
    bool changesOffersOnly() const;

    /// Writes one side of the edit in one transaction, after checking that every row it
    /// touches is still exactly as the other side recorded it (absent where that side has no
    /// row). Rows new to the book (a stand-in id from newRowId()) are inserted without an id
    /// and take the one the book gives them; the edit then names them by it, so a redo never
    /// writes over a row it did not create. Throws DatabaseError (rolled back, the book as it
    /// was) when a row was changed since by another writer, naming it, or when the database
    /// refuses, for example when another window holds the file.
    void apply(const QSqlDatabase &db, Direction direction);
    /// apply() for the layers above: done, or why not (the book as it was).
    Status tryApply(const QSqlDatabase &db, Direction direction);

private:
    QString m_name;
    QList<TableChange> m_changes;
};

} // namespace gpucompare
