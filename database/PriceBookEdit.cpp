#include "PriceBookEdit.h"

#include "SqlStatements.h"
#include "Translated.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

// translated() also tries the namespace's context, where lupdate files the free describe()s.
QString tr(const char *text)
{
    return translated("gpucompare::PriceBookEdit", text);
}

// The row a person would recognise, for a message: "offer p5.48xlarge".
QString describe(const ProvidersRow &row)
{
    return tr("provider %1").arg(row.name);
}
QString describe(const ProviderDiscountsRow &)
{
    return tr("a provider's discount");
}
QString describe(const GpuModelsRow &row)
{
    return tr("GPU model %1").arg(row.model.name);
}
QString describe(const GpuAliasesRow &row)
{
    return tr("GPU alias %1").arg(row.alias);
}
QString describe(const OffersRow &row)
{
    return tr("offer %1").arg(row.offer.instanceType);
}
QString describe(const PriceObservationsRow &row)
{
    return tr("the price observed on %1").arg(row.price.observedOn);
}
QString describe(const InstanceShapesRow &row)
{
    return tr("the shape of %1").arg(row.instanceType);
}
QString describe(const EgressPricesRow &row)
{
    return tr("an egress price from %1 GB").arg(row.price.fromGb);
}
QString describe(const MarketShareSnapshotsRow &row)
{
    return tr("market share %1, %2").arg(row.snapshot.scope, row.snapshot.period);
}
QString describe(const MarketShareEntriesRow &row)
{
    return tr("market-share entry %1").arg(row.label);
}

/// Whether the change's row is named by a stand-in id: a row first created now, which the
/// book gives a new id.
template <typename Row> bool isNamedByStandIn(const Change<Row> &change)
{
    return Row::kTable.key != RowKey::Text && StandInIds::isStandIn(change.key().toLongLong());
}

/// One side of the edit being written: the rows it leaves (target) and the rows it expects
/// (source).
class Side final
{
public:
    Side(const QSqlDatabase &db, PriceBookEdit::Direction direction)
        : m_db(db)
        , m_forward(direction == PriceBookEdit::Direction::Forward)
    {}

    template <typename Row> const std::optional<Row> &target(const Change<Row> &c) const
    {
        return m_forward ? c.after : c.before;
    }
    template <typename Row> const std::optional<Row> &source(const Change<Row> &c) const
    {
        return m_forward ? c.before : c.after;
    }

    /// The row, as a person would name it, when it is no longer as the edit expects. Every row
    /// must still be as this edit left it (or absent where it left none) before anything is
    /// written: another window, an import or another program may have changed or reused it
    /// since, and their change must never be overwritten.
    template <typename Row> std::optional<QString> changedSince(const Change<Row> &change) const
    {
        if (isNamedByStandIn(change) || RowStore<Row>(m_db).holds(change.key(), source(change)))
            return std::nullopt;
        return describe(change.before ? *change.before : *change.after);
    }
    template <typename Row> void deleteIfGone(const Change<Row> &change) const
    {
        if (!target(change) && source(change))
            RowStore<Row>(m_db).remove(change.key());
    }
    /// Inserts or updates the row; a new row's stand-in id, and the ids that pointed at it in
    /// the rows after it, become the id the book gives it.
    template <typename Row> void write(Change<Row> &change)
    {
        resolveIds(change);
        if (!target(change))
            return;
        const RowStore<Row> store(m_db);
        if (source(change)) {
            store.update(change.key(), *target(change));
            return;
        }
        const qint64 standIn = change.key().toLongLong();
        if (const auto id = store.insert(*target(change))) {
            m_newIds.add(standIn, *id);
            resolveIds(change);
        }
    }

private:
    template <typename Row> void resolveIds(Change<Row> &change) const
    {
        for (std::optional<Row> *side : {&change.before, &change.after}) {
            if (*side)
                (*side)->resolveIds(m_newIds);
        }
    }

    const QSqlDatabase &m_db;
    bool m_forward;
    StandInIds m_newIds;
};

} // namespace

qint64 PriceBookEdit::firstRowId() const
{
    if (m_changes.isEmpty())
        return 0;
    return std::visit([](const auto &change) { return change.key().toLongLong(); },
                      m_changes.constFirst());
}

QList<qint64> PriceBookEdit::offerIds() const
{
    QList<qint64> ids;
    for (const TableChange &change : m_changes) {
        if (const auto *offer = std::get_if<Change<OffersRow>>(&change)) {
            ids.append(offer->key().toLongLong());
        } else if (const auto *price = std::get_if<Change<PriceObservationsRow>>(&change)) {
            ids.append(price->after ? price->after->offerId : price->before->offerId);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool PriceBookEdit::changesOffersOnly() const
{
    return std::all_of(m_changes.cbegin(), m_changes.cend(), [](const TableChange &change) {
        return std::holds_alternative<Change<OffersRow>>(change) ||
               std::holds_alternative<Change<PriceObservationsRow>>(change);
    });
}

Status PriceBookEdit::tryApply(const QSqlDatabase &db, Direction direction)
{
    return attemptWrite([&] { apply(db, direction); });
}

void PriceBookEdit::apply(const QSqlDatabase &db, Direction direction)
{
    QSqlDatabase connection = db;
    if (!connection.transaction())
        throw DatabaseError(describeSqlError(connection.lastError()));
    QList<TableChange> resolved = m_changes;
    Side side(db, direction);
    try {
        for (const TableChange &change : std::as_const(resolved)) {
            const auto changed =
                std::visit([&side](const auto &c) { return side.changedSince(c); }, change);
            if (changed) {
                throw DatabaseError(tr("%1 was changed by another writer since (an import, "
                                       "another window or another program); nothing was "
                                       "written.")
                                        .arg(*changed));
            }
        }
        // Children go first when rows disappear, parents first when rows (re)appear.
        for (auto it = resolved.crbegin(); it != resolved.crend(); ++it)
            std::visit([&side](const auto &c) { side.deleteIfGone(c); }, *it);
        for (TableChange &change : resolved)
            std::visit([&side](auto &c) { side.write(c); }, change);
        if (!connection.commit())
            throw DatabaseError(describeSqlError(connection.lastError()));
    } catch (const DatabaseError &) {
        connection.rollback();
        throw;
    }
    // From now on the edit names the rows it created by their real ids.
    m_changes = std::move(resolved);
}

} // namespace gpucompare
